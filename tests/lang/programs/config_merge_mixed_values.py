import json
import os


DEFAULTS = {
    "name": "service",
    "port": 8080,
    "debug": False,
    "hosts": ["a.example", "b.example"],
    "limits": {"rps": 100, "burst": None, "ratio": 0.75},
    "owner": None,
}


def merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


def flatten(tree, prefix=""):
    items = []
    if isinstance(tree, dict):
        for k, v in tree.items():
            items.extend(flatten(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(tree, list):
        for i, v in enumerate(tree):
            items.extend(flatten(v, f"{prefix}[{i}]"))
    else:
        items.append((prefix, tree))
    return items


def coerce(text):
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            pass
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered in ("none", "null", ""):
        return None
    return text


def validate(cfg):
    problems = []
    if not isinstance(cfg.get("port"), int) or not 0 < cfg["port"] < 65536:
        problems.append(f"port: {cfg.get('port')!r} is not a valid port")
    if cfg["limits"]["burst"] is not None and cfg["limits"]["burst"] < cfg["limits"]["rps"]:
        problems.append("limits.burst below limits.rps")
    for h in cfg.get("hosts", []):
        if not isinstance(h, str) or "." not in h:
            problems.append(f"hosts: bad host {h!r}")
    return problems


env = {"APP_PORT": "9090", "APP_DEBUG": "true", "APP_LIMITS__BURST": "50", "APP_OWNER": "ops", "OTHER": "x"}
override = {}
for key, raw in sorted(env.items()):
    if not key.startswith("APP_"):
        continue
    path = key[4:].lower().split("__")
    node = override
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = coerce(raw)

cfg = merge(DEFAULTS, override)
cfg = merge(cfg, json.loads('{"hosts": ["c.example", 7], "limits": {"ratio": 1e-3}}'))
for path, value in flatten(cfg):
    print(f"{path:<14} {type(value).__name__:<8} {value!r}")
print(validate(cfg))
print(json.dumps(cfg, sort_keys=True))
print([coerce(t) for t in ["12", "1.5", "TRUE", "null", "x1", "-0", "1e3", "inf"]])
print(os.path.join("etc", "app", "conf.json"), os.path.splitext("conf.json"), os.path.basename("/a/b/c.txt"))
