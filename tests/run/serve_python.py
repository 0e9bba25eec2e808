"""Serves Python snippets for the run-for-real tests: each snippet file on its own port, all in one process.

Usage: serve_python.py flask|fastapi|django PORT:FILE...
Only 127.0.0.1 is bound. The snippets are loaded as written; nothing in them is changed.
"""
import importlib.util
import re
import sys
import threading
import types

HOST = "127.0.0.1"


def load(index, path):
    spec = importlib.util.spec_from_file_location(f"snippet_{index}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def serve_in_threads(servers):
    threads = [threading.Thread(target=server.serve_forever, daemon=True) for server in servers]
    for thread in threads:
        thread.start()
    print("ready", flush=True)
    for thread in threads:
        thread.join()


def flask(pairs):
    from werkzeug.serving import make_server

    serve_in_threads([make_server(HOST, port, load(i, path).app, threaded=True) for i, (port, path) in enumerate(pairs)])


def fastapi(pairs):
    import asyncio

    import uvicorn

    async def main():
        servers = [
            uvicorn.Server(uvicorn.Config(load(i, path).app, host=HOST, port=port, log_level="warning", lifespan="off"))
            for i, (port, path) in enumerate(pairs)
        ]
        for server in servers:
            # One process, many servers: the process's own signal handling stops them all.
            server.install_signal_handlers = lambda: None
        await asyncio.gather(*(server.serve() for server in servers))

    asyncio.run(main())


def django(pairs, asgi_ports):
    from django.conf import settings

    settings.configure(
        DEBUG=False,
        SECRET_KEY="snippet-run-only",
        ALLOWED_HOSTS=[HOST],
        ROOT_URLCONF=__name__,
        # A new project's middleware, CSRF included, so a view that needs csrf_exempt is caught.
        MIDDLEWARE=[
            "django.middleware.security.SecurityMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.middleware.clickjacking.XFrameOptionsMiddleware",
            f"{__name__}.PortUrlconf",
        ],
    )
    import django as dj

    dj.setup()
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
    from django.core.wsgi import get_wsgi_application
    from django.urls import path as route

    for i, (port, file) in enumerate(pairs):
        with open(file) as f:
            text = f.read()
        # The snippet's own urls.py line names the route.
        match = re.search(r'# urls\.py: path\("([^"]*)", views\.example\)', text)
        if not match:
            raise SystemExit(f"{file}: no urls.py line")
        urls = types.ModuleType(f"snippet_urls_{port}")
        urls.urlpatterns = [route(match.group(1), load(i, file).example)]
        sys.modules[urls.__name__] = urls

    application = get_wsgi_application()
    servers = []
    for port, _ in pairs:
        if port in asgi_ports:
            continue
        server = ThreadedWSGIServer((HOST, port), WSGIRequestHandler)
        server.set_app(application)
        servers.append(server)
    if not asgi_ports:
        serve_in_threads(servers)
        return
    # Views whose snippet says to serve them under ASGI (hop-by-hop fields) run in uvicorn.
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    import asyncio

    import uvicorn
    from django.core.asgi import get_asgi_application

    asgi = get_asgi_application()

    async def main():
        running = [
            uvicorn.Server(uvicorn.Config(asgi, host=HOST, port=port, log_level="warning", lifespan="off"))
            for port in asgi_ports
        ]
        for server in running:
            server.install_signal_handlers = lambda: None
        await asyncio.gather(*(server.serve() for server in running))

    asyncio.run(main())


urlpatterns = []


class PortUrlconf:
    """Routes each port to its snippet's urls, as if each were its own project."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.urlconf = f"snippet_urls_{request.get_port()}"
        return self.get_response(request)


if __name__ == "__main__":
    kind = sys.argv[1]
    pairs = [(int(port), file) for port, file in (arg.split(":", 1) for arg in sys.argv[2:])]
    if kind == "django":
        asgi_ports = {port for port, file in pairs if "serve this view under ASGI" in open(file).read()}
        django(pairs, asgi_ports)
    else:
        {"flask": flask, "fastapi": fastapi}[kind](pairs)
