"""Every core of one machine: several Streamlit processes sharing the data root, behind nginx with sticky sessions.

``python -m deploy.multi`` (``make serve-multi``) starts ``--processes`` Streamlit processes (one per CPU by default)
on loopback ports, writes an nginx configuration into a run folder and runs Debian's nginx in front of them on
``--port``. Stops everything on Ctrl-C or SIGTERM.

Why sticky: a Streamlit session (widget state, the upload form, files in memory) lives in the process that serves
its WebSocket (``/_stcore/stream``); the uploads (``/_stcore/upload_file``) and downloads of that session must reach
the same process. nginx gives each browser a random ``frikommune_replica`` cookie on its first request and routes by
it (``hash … consistent``): the page, its scripts, the WebSocket and every upload of one browser go to one
process, and different browsers spread over all of them. (Routing by the client's address would send a whole
office behind one NAT, or every test client on loopback, to one process.) If a process goes away its browsers
are routed to another one and start a fresh session there.

Why shared uploads work: every process reads the same data root; an upload in one writes its batch and, last,
its log event, and each process looks at the upload log at most every ``frikommune.app.cache.UPLOAD_CHECK_S``
seconds, so the batch shows in the others on their next rerun after that. Two uploads of the same file at once
are decided by an atomic exclusive create in the data root (a hard link locally, a conditional PUT on S3).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
COOKIE = "frikommune_replica"
IDLE_TIMEOUT_S = 3600  # an open dashboard stays connected for an hour without a message


def free_port(address: str = "127.0.0.1") -> int:
    """A TCP port on ``address`` that is free right now."""
    with socket.socket() as s:
        s.bind((address, 0))
        return s.getsockname()[1]


def nginx_config(listen: str, backends: list[str], run_dir: Path) -> str:
    """nginx's configuration: listen on ``listen`` (``host:port``), route each browser to one of ``backends``
    (``host:port`` of the Streamlit processes) by its ``frikommune_replica`` cookie, pass WebSockets through.

    The access log (``run_dir/access.log``) names the process (``upstream``) and the cookie (``route``) of every
    request: what the deployment test reads to check that a browser sticks to one process.
    """
    servers = "\n".join(f"        server {b} max_fails=1 fail_timeout=5s;" for b in backends)
    temp = run_dir / "tmp"
    return f"""# Written by deploy/multi.py; see its docstring and the README's Deployment section.
worker_processes 1;  # the proxy only copies bytes: the cores are left to the Streamlit processes
pid {run_dir}/nginx.pid;
error_log {run_dir}/error.log warn;

events {{
    worker_connections 4096;
}}

http {{
    log_format replica '$remote_addr [$time_local] "$request" $status upstream=$upstream_addr route=$route '
                       'rt=$request_time';
    access_log {run_dir}/access.log replica;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    client_max_body_size 200m;  # Streamlit's own upload limit (server.maxUploadSize)

    map $http_upgrade $connection_upgrade {{
        default upgrade;
        "" close;
    }}
    # The browser's process: its cookie, or for a first request a new random value, sent back as the cookie.
    map $cookie_{COOKIE} $route {{
        "" $request_id;
        default $cookie_{COOKIE};
    }}
    map $cookie_{COOKIE} $route_cookie {{
        "" "{COOKIE}=$request_id; Path=/; HttpOnly; SameSite=Lax";
        default "";  # an empty value adds no header
    }}

    upstream streamlit {{
        hash $route consistent;
{servers}
    }}

    server {{
        listen {listen};
        # Streamlit serves its metrics (sessions, cache sizes) to anyone and has no setting to stop it: the proxy
        # does not pass that path on.
        location = /_stcore/metrics {{
            return 404;
        }}
        location / {{
            proxy_pass http://streamlit;
            proxy_http_version 1.1;
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_read_timeout {IDLE_TIMEOUT_S}s;
            proxy_send_timeout {IDLE_TIMEOUT_S}s;
            # Streamed both ways, never written to temporary files: nginx run by root hands the work to an
            # unprivileged worker that may not write in the run folder, and Streamlit buffers on its own.
            proxy_request_buffering off;
            proxy_buffering off;
            add_header Set-Cookie $route_cookie always;
        }}
    }}
}}
"""


def _healthy(url: str) -> bool:
    try:
        return urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200
    except OSError:
        return False


class Process:
    """One started program whose output goes to a log file; ``stop`` ends it (terminate, then kill)."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self.log_path = log
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            args, cwd=REPO, env={**os.environ, **env}, stdout=self._log, stderr=subprocess.STDOUT
        )

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


class Deployment:
    """``processes`` Streamlit processes of ``script`` on loopback and nginx on ``address:port`` in front of them.

    ``env`` is added to every process's environment (the data root, secrets): all processes get the same. Ready when
    the constructor returns (every process and the proxy answer ``/_stcore/health``); ``stop`` ends them all.
    """

    def __init__(
        self,
        processes: int,
        env: dict[str, str],
        run_dir: Path,
        port: int = 0,
        address: str = "127.0.0.1",
        script: str = "app.py",
        timeout: float = 90,
    ) -> None:
        if not Path(NGINX).exists():
            raise RuntimeError(f"nginx is missing ({NGINX}): `make /usr/sbin/nginx` installs Debian's nginx")
        if not 1 <= processes <= 64:
            raise ValueError(f"processes must be 1..64, not {processes}")
        self.run_dir = run_dir
        (run_dir / "tmp").mkdir(parents=True, exist_ok=True)
        self.port = port or free_port(address)
        self.url = f"http://{'127.0.0.1' if address in ('0.0.0.0', '') else address}:{self.port}"
        self.backends = [f"127.0.0.1:{free_port()}" for _ in range(processes)]
        self.replicas: list[Process] = []
        self.proxy: Process | None = None
        try:
            for i, backend in enumerate(self.backends):
                self.replicas.append(Process(_streamlit_args(script, backend), env, run_dir / f"replica-{i}.log"))
            self._wait([f"http://{b}" for b in self.backends], timeout)
            config = run_dir / "nginx.conf"
            config.write_text(nginx_config(f"{address}:{self.port}", self.backends, run_dir), encoding="utf-8")
            self.proxy = Process(
                [NGINX, "-p", str(run_dir), "-c", str(config), "-g", "daemon off;"], {}, run_dir / "nginx.out"
            )
            self._wait([self.url], 30)
        except BaseException:
            self.stop()
            raise

    def _wait(self, urls: list[str], timeout: float) -> None:
        """Return once every url answers its health check; raise if one does not within ``timeout`` s."""
        deadline = time.monotonic() + timeout
        waiting = list(urls)
        while waiting:
            waiting = [u for u in waiting if not _healthy(u)]
            if not waiting:
                return
            started = self.replicas + ([self.proxy] if self.proxy else [])
            if time.monotonic() > deadline or any(not p.running() for p in started):
                raise RuntimeError(f"not ready: {', '.join(waiting)}; see the logs in {self.run_dir}")
            time.sleep(0.3)

    def pids(self) -> list[int]:
        """The process ids of the Streamlit processes, in the order of ``backends``."""
        return [r.process.pid for r in self.replicas]

    def stop(self) -> None:
        """Stop the proxy first (no new requests), then every Streamlit process."""
        if self.proxy is not None:
            self.proxy.stop()
        for replica in self.replicas:
            replica.stop()


def _streamlit_args(script: str, backend: str) -> list[str]:
    host, port = backend.rsplit(":", 1)
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.address",
        host,
        "--server.port",
        port,
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m deploy.multi", description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8501, help="the port nginx listens on (default 8501)")
    parser.add_argument("--address", default="0.0.0.0", help="the address nginx listens on (default: all)")
    parser.add_argument("--processes", type=int, default=0, help="Streamlit processes (default 0: one per CPU)")
    parser.add_argument("--run-dir", type=Path, help="configuration, logs and nginx's temporary files")
    args = parser.parse_args()
    processes = args.processes or os.cpu_count() or 1
    run_dir = args.run_dir or Path(tempfile.mkdtemp(prefix="frikommune-multi-"))
    deployment = Deployment(processes, {}, run_dir, port=args.port, address=args.address)
    print(f"{processes} Streamlit processes behind nginx on {deployment.url} (logs: {run_dir})", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # SIGTERM: the same orderly stop as Ctrl-C
    try:
        while (
            deployment.proxy is not None
            and deployment.proxy.running()
            and all(r.running() for r in deployment.replicas)
        ):
            time.sleep(1)
        print("a process ended; stopping the deployment", file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        deployment.stop()


if __name__ == "__main__":
    main()
