# A crawler simulation: pages fetched concurrently under a semaphore, links
# followed breadth-first, results gathered in order.
import asyncio

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1"],
    "/c": [],
    "/a/1": ["/b"],
    "/a/2": [],
    "/b/1": ["/missing"],
}


class NotFound(Exception):
    pass


async def fetch(path, limit, stats):
    async with limit:
        stats["active"] += 1
        stats["peak"] = max(stats["peak"], stats["active"])
        print("fetch", path)
        await asyncio.sleep(0)
        stats["active"] -= 1
        if path not in SITE:
            raise NotFound(path)
        return SITE[path]


async def crawl(start, limit):
    stats = {"active": 0, "peak": 0}
    seen = {start}
    level = [start]
    depth = 0
    while level:
        results = await asyncio.gather(*(fetch(p, limit, stats) for p in level), return_exceptions=True)
        following = []
        for path, links in zip(level, results):
            if isinstance(links, NotFound):
                print("depth", depth, path, "-> not found:", links)
                continue
            print("depth", depth, path, "->", links)
            for link in links:
                if link not in seen:
                    seen.add(link)
                    following.append(link)
        level = following
        depth += 1
    return sorted(seen), stats["peak"]


async def main():
    pages, peak = await crawl("/", asyncio.Semaphore(2))
    print(pages)
    print("peak concurrency", peak)


asyncio.run(main())
