config = {"retries": 3, "hosts": ["a", "b"]}
config["timeout"] = 10
retries = config["retries"]
hosts = config.get("hosts")
print(retries, hosts)
