"""``warta serve``: the HTTP API and web pages over an archive (runs uvicorn)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..errors import WartaError


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "serve",
        help="serve the archive: HTTP JSON API and web pages",
        description="Serve an archive over HTTP: JSON API (OpenAPI at /openapi.json) and web "
        "pages (search, articles, entities, speakers, quotes, timeline). Read-only unless a "
        "token is configured; then POST /api/articles needs 'Authorization: Bearer TOKEN'.",
    )
    parser.add_argument("--db", default=None, help="archive: a SQLite path or postgresql:// URL (default ./warta.db)")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument(
        "--token",
        default=None,
        help="enable writing with this token (default: $WARTA_TOKEN; unset = read-only)",
    )
    parser.add_argument("--demo", action="store_true",
                        help="serve a small built-in example archive (in a temporary file) instead of --db")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    parser.set_defaults(func=run)


def build_app(args: argparse.Namespace) -> Any:
    """The ASGI app the command would serve (tested without starting a server)."""
    try:
        from ..web.app import create_app
    except ImportError as exc:
        raise WartaError(f"warta serve needs the web extra: pip install 'warta[web]' ({exc})") from exc
    token = args.token if args.token is not None else os.environ.get("WARTA_TOKEN") or ""
    if args.demo:
        from ..store import open_store
        from ..web.samples import sample_records

        path = Path(tempfile.mkdtemp(prefix="warta-demo-")) / "demo.db"
        store = open_store(str(path))
        store.upsert(sample_records())
        return create_app(db=store, token=token)
    db = args.db
    if db and "://" not in db and not Path(db).exists():
        print(f"warta serve: {db} does not exist yet; starting with an empty archive", file=sys.stderr)
    return create_app(db=db, token=token)


def run(args: argparse.Namespace) -> int:
    app = build_app(args)
    try:
        import uvicorn
    except ImportError as exc:
        raise WartaError("warta serve needs uvicorn: pip install 'warta[web]'") from exc
    mode = "writable with a token" if app.state.writable else "read-only"
    print(f"warta serve: http://{args.host}:{args.port}/ ({mode}); Ctrl-C to stop", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0
