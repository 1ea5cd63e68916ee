"""Django's Redis cache backend, with one redis client per connection pool instead of one per call.

Django's RedisCacheClient builds a new `redis.Redis` object for every cache operation, and redis-py 8
rebuilds a table of about 170 response callbacks each time: some 0.3 ms per call. A signed-in lesson
page makes eight cache calls (the session, the content version, the route, the outline, the menu...),
so that was a tenth of the request (bench/hotspots.py under production settings). A client is
thread-safe and only wraps its pool, so keeping one per pool changes nothing else.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ReusingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
