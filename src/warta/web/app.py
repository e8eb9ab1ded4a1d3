"""``warta serve``: the HTTP JSON API and the web pages over an archive.

Build the app with :func:`create_app`. Pages are server-rendered (Jinja2, autoescaped) and
every page has a JSON twin, Datasette style: the same URL with ``.json`` or ``?format=json``
returns what the page shows. The API lives under ``/api`` and is described by the OpenAPI
document at ``/openapi.json`` (and readably at ``/api``). Static assets are served from the
package: nothing is loaded from a CDN, so it works offline.

The app is read-only unless a token is configured (``token=`` or ``WARTA_TOKEN``); then
``POST /api/articles`` and ``POST /api/records`` need ``Authorization: Bearer <token>``
(or ``X-Warta-Token``): a missing token gives 401, a wrong one 403.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode
from urllib.parse import quote as urlquote

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

import warta

from .. import __version__
from ..article import Article, content_hash, parse_published
from ..errors import DateError, InputError, WartaError
from ..record import ArticleRecord
from ..store import CATEGORIES, CATEGORY_GROUPS, Store, expand_categories
from .data import Archive, Filters, date_bound, first_line
from .highlight import Mark, amount_label, highlight, record_marks
from .svg import bar_chart

HERE = Path(__file__).resolve().parent
MAX_TEXT = 5_000_000
CATEGORY_CHOICES: tuple[str, ...] = (*CATEGORIES, *CATEGORY_GROUPS)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class AnalyzeIn(BaseModel):
    """An article to analyse: its text and, if known, its date and source."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article text")
    published: str | None = Field(default=None, description="YYYY-MM-DD: the anchor for relative dates")
    source: str | None = None
    title: str | None = None
    url: str | None = None
    id: str = Field(default="", description="defaults to a hash of the text")


class Stored(BaseModel):
    id: str
    status: str
    url: str


def _article_url(article_id: str) -> str:
    return "/articles/" + urlquote(article_id, safe="")


def _entity_url(key: str) -> str:
    return "/entities/" + urlquote(key, safe="")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is a plain http(s) link, else None (no ``javascript:`` or ``data:``)."""
    if not url:
        return None
    url = url.strip()
    return url if re.match(r"^https?://[^\s<>\"']+$", url, re.IGNORECASE) else None


def snippet_html(snippet: str, spans: list[list[int]] | None) -> Markup:
    """A search snippet, escaped, with the matched words in ``<mark class="hl-match">``."""
    marks = [Mark(s, e, "match", f"m{i}") for i, (s, e) in enumerate(spans or [])]
    html = highlight(snippet, marks)
    return Markup(re.sub(r' id="m\d+"', "", str(html)))


def _filters(
    q: str | None = Query(None, description='full text: words ANDed, "a phrase", prefix*, -exclude, OR'),
    speaker: str | None = Query(None, description="a quote's speaker (name, alias or entity key)"),
    entity: str | None = Query(None, description="an entity mentioned (name, alias or entity key)"),
    since: str | None = Query(None, description="published on or after YYYY[-MM[-DD]]"),
    until: str | None = Query(None, description="published on or before YYYY[-MM[-DD]]"),
    timex_since: str | None = Query(None, description="a DATE in the text on or after YYYY[-MM[-DD]]"),
    timex_until: str | None = Query(None, description="a DATE in the text on or before YYYY[-MM[-DD]]"),
    category: str | None = Query(None, description=f"amount categories, comma-separated: {', '.join(CATEGORY_CHOICES)}"),
    outlet: str | None = Query(None, description="the source outlet (substring)"),
) -> Filters:
    """The search filters; blank form fields count as absent."""
    raw = dict(q=q, speaker=speaker, entity=entity, since=since, until=until, timex_since=timex_since,
               timex_until=timex_until, category=category, outlet=outlet)
    values = {k: (v.strip() or None) if isinstance(v, str) else None for k, v in raw.items()}
    for name in ("since", "until", "timex_since", "timex_until"):
        value = values[name]
        if value and not _valid_date(value):
            raise HTTPException(422, f"{name} must be a date YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    if values["category"]:
        try:
            values["category"] = ",".join(expand_categories(values["category"]))
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from exc
    return Filters(**values)


def _valid_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        date_bound(value, end=False)
        date_bound(value, end=True)  # "9999-12" has no day after its last
    except ValueError:
        return False
    return True


def _page_args(
    limit: int = Query(20, ge=1, le=500, description="rows per page"),
    offset: int = Query(0, ge=0, description="rows to skip"),
) -> tuple[int, int]:
    return limit, offset


def who_said_what(record: ArticleRecord, keys: dict[str, str]) -> list[dict[str, Any]]:
    """One row per quote, in text order, shaped like the store's quote hits."""
    rows = []
    for i, quote in enumerate(record.quotes):
        speaker = quote.speaker
        rows.append({
            "article_id": record.id, "index": i, "kind": quote.kind, "text": quote.text,
            "start": quote.start, "end": quote.end,
            "speaker": speaker.name if speaker else None,
            "speaker_key": keys.get(speaker.entity) if speaker and speaker.entity else None,
            "cue": quote.cue.text if quote.cue else None,
            "via": quote.via.name if quote.via else None,
            "channel": quote.channel,
        })
    return rows


FiltersDep = Annotated[Filters, Depends(_filters)]
PageDep = Annotated[tuple[int, int], Depends(_page_args)]


def create_app(db: str | Path | Store | None = None, token: str | None = None) -> FastAPI:
    """The ASGI app over ``db``: a path or URL (opened with :func:`warta.store.open_store`,
    ``None`` for ./warta.db) or an open :class:`~warta.store.Store`.

    ``token`` enables writing; when None, ``WARTA_TOKEN`` from the environment is used
    (unset or empty: writing stays disabled).
    """
    if token is None:
        token = os.environ.get("WARTA_TOKEN") or None
    archive = Archive.open(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        archive.close()

    app = FastAPI(
        title="warta",
        version=__version__,
        description="Who said what, about whom, where, when and how many, in Indonesian news. "
        "Every page also answers as JSON: add `.json` to its path or `?format=json`.",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: /openapi.json and /api instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.archive = archive
    app.state.writable = bool(token)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(
        article_url=_article_url, entity_url=_entity_url, version=__version__, categories=CATEGORY_CHOICES
    )
    templates.env.filters["amount_label"] = amount_label
    templates.env.filters["safe_url"] = safe_url
    templates.env.filters["snippet_html"] = snippet_html
    templates.env.filters["first_line"] = first_line
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    def wants_json(request: Request) -> bool:
        return request.url.path.endswith(".json") or request.query_params.get("format") == "json"

    def render(request: Request, template: str, context: dict[str, Any], data: Any,
               *, as_json: bool | None = None) -> Response:
        """The page, or its JSON twin; ``as_json`` overrides the ``.json`` suffix test (for
        ids that end in ``.json`` themselves)."""
        if as_json is None:
            as_json = wants_json(request)
        if as_json or request.query_params.get("format") == "json":
            return JSONResponse(data)
        query = {k: v for k, v in request.query_params.items() if k != "format"}
        path = request.url.path
        json_url = f"{path}.json" + (f"?{urlencode(query)}" if query else "")
        return templates.TemplateResponse(request, template, {**context, "json_url": json_url, "path": path})

    def error_page(request: Request, status: int, detail: Any, headers: dict[str, str] | None = None) -> Response:
        if request.url.path.startswith("/api") or wants_json(request):
            return JSONResponse({"detail": detail}, status_code=status, headers=headers)
        if not isinstance(detail, str):
            detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in detail)
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "detail": detail, "path": request.url.path},
            status_code=status, headers=headers,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error_page(request, exc.status_code, exc.detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        return error_page(request, 422, errors)

    def require_token(
        authorization: str | None = Header(None, description="Bearer <token>"),
        x_warta_token: str | None = Header(None, description="the token, as an alternative"),
    ) -> None:
        if not token:
            raise HTTPException(403, "writing is disabled: no token is configured (WARTA_TOKEN or --token)")
        given = x_warta_token
        if authorization:
            scheme, _, value = authorization.partition(" ")
            if scheme.lower() == "bearer":
                given = value.strip()
        if not given:
            raise HTTPException(401, "a token is needed to write", headers={"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
            raise HTTPException(403, "wrong token")

    def get_record(article_id: str) -> ArticleRecord:
        record = archive.get(article_id)
        if record is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return record

    def split_json(raw: str, exists: Callable[[str], bool]) -> tuple[str, bool]:
        """``abc.json`` -> (``abc``, True), unless ``abc.json`` is itself a real id."""
        if raw.endswith(".json") and not exists(raw):
            return raw[: -len(".json")], True
        return raw, False

    # -- analysis -------------------------------------------------------------------------
    def analyze_input(body: AnalyzeIn) -> ArticleRecord:
        if len(body.text) > MAX_TEXT:
            raise HTTPException(413, f"text longer than {MAX_TEXT} characters")
        try:
            article = Article(
                text=body.text, published=parse_published(body.published), source=body.source,
                url=body.url, title=body.title, id=body.id,
            )
        except WartaError as exc:
            raise HTTPException(422, str(exc)) from exc
        try:
            return warta.analyze_article(article)
        except (InputError, DateError) as exc:
            raise HTTPException(422, str(exc)) from exc
        except WartaError as exc:  # a missing model, ...: the server's problem, not the input's
            raise HTTPException(503, f"analysis is unavailable: {exc}") from exc

    @app.post("/api/analyze", response_model=ArticleRecord, tags=["analyse"],
              summary="Analyse a posted text into a record (nothing is stored)")
    def api_analyze(body: AnalyzeIn) -> Any:
        return analyze_input(body).to_dict()

    # -- articles -------------------------------------------------------------------------
    @app.get("/api/articles", tags=["articles"], summary="List and search articles, newest first")
    def api_articles(f: FiltersDep, page: PageDep) -> dict[str, Any]:
        return archive.search(f, *page)

    @app.get("/api/articles/{article_id:path}", response_model=ArticleRecord, tags=["articles"],
             summary="One article's full record")
    def api_article(article_id: str) -> Any:
        return get_record(article_id).to_dict()

    @app.post("/api/articles", status_code=201, response_model=Stored, tags=["articles"],
              summary="Analyse a posted article and store it (needs the token)",
              dependencies=[Depends(require_token)])
    def api_add_article(body: AnalyzeIn) -> Stored:
        article_id = body.id or content_hash(body.text)
        if archive.unchanged(article_id, body.text, body.published):
            return Stored(id=article_id, status="unchanged", url=_article_url(article_id))
        record = analyze_input(body)
        return Stored(id=record.id, status=archive.add(record), url=_article_url(record.id))

    @app.post("/api/records", status_code=201, response_model=Stored, tags=["articles"],
              summary="Store a ready-made record as it is (needs the token)",
              dependencies=[Depends(require_token)])
    def api_add_record(record: ArticleRecord) -> Stored:
        return Stored(id=record.id, status=archive.add(record), url=_article_url(record.id))

    # -- entities, speakers, quotes, timeline -----------------------------------------------
    @app.get("/api/entities", tags=["entities"], summary="Entities merged across the archive, most-mentioned first")
    def api_entities(
        page: PageDep,
        q: str | None = Query(None, description="name or alias (whole words)"),
        label: str | None = Query(None, pattern="^(|PER|ORG|LOC|per|org|loc)$"),
    ) -> dict[str, Any]:
        return archive.entities(q, label, *page)

    @app.get("/api/entities/{key:path}", tags=["entities"],
             summary="One entity: counts, its statements in time order, the articles that mention it")
    def api_entity(key: str) -> dict[str, Any]:
        return entity_data(key)

    def entity_data(key: str) -> dict[str, Any]:
        detail = archive.entity(key)
        if detail is None:
            raise HTTPException(404, f"no entity with key {key!r}")
        return detail

    @app.get("/api/speakers", tags=["quotes"], summary="Who is quoted, most quotes first")
    def api_speakers(page: PageDep, q: str | None = Query(None, description="name or alias")) -> dict[str, Any]:
        return archive.speakers(q, *page)

    @app.get("/api/quotes", tags=["quotes"], summary="Quotes, newest first (q searches the quote text)")
    def api_quotes(f: FiltersDep, page: PageDep) -> dict[str, Any]:
        return archive.quotes(f, *page)

    @app.get("/api/timeline", tags=["articles"], summary="Articles, quotes and amounts per month or day")
    def api_timeline(f: FiltersDep,
                     by: str = Query("month", pattern="^(month|day)$")) -> dict[str, Any]:
        return archive.timeline(f, by)

    # -- pages ----------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/search", status_code=307)

    @app.get("/search", response_class=HTMLResponse, tags=["pages"],
             summary="Search page (JSON twin: /search.json)")
    @app.get("/search.json", include_in_schema=False)
    def search_page(request: Request, f: FiltersDep,
                    page: PageDep) -> Response:
        data = archive.search(f, *page)
        context = {"data": data, "f": f, "pager": _pager(request, data),
                   "timeline_url": "/timeline?" + urlencode(f.as_dict())}
        return render(request, "search.html", context, data)

    @app.get("/articles/{raw_id:path}", response_class=HTMLResponse, tags=["pages"],
             summary="Article page: highlighted text, who said what (JSON twin: /articles/{id}.json)")
    def article_page(request: Request, raw_id: str) -> Response:
        article_id, as_json = split_json(raw_id, lambda i: archive.get(i) is not None)
        context = article_context(get_record(article_id))
        return render(request, "article.html", context, context["data"], as_json=as_json)

    @app.get("/analyze", response_class=HTMLResponse, tags=["pages"],
             summary="A form to analyse a pasted text (nothing is stored)")
    @app.get("/analyze.json", include_in_schema=False)
    def analyze_form(request: Request) -> Response:
        return render(request, "analyze.html", {"form": {"text": "", "published": ""}},
                      {"post_to": "/api/analyze"})

    @app.post("/analyze", response_class=HTMLResponse, include_in_schema=False)
    @app.post("/analyze.json", include_in_schema=False)
    async def analyze_page(request: Request) -> Response:
        # the form is urlencoded; parsed here so no multipart library is needed
        raw = await request.body()
        if len(raw) > 4 * MAX_TEXT:
            raise HTTPException(413, f"text longer than {MAX_TEXT} characters")
        form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        text = (form.get("text") or [""])[0]
        published = (form.get("published") or [""])[0].strip() or None
        if not text.strip():
            raise HTTPException(422, "paste some text to analyse")
        body = AnalyzeIn(text=text.replace("\r\n", "\n"), published=published)
        record = await run_in_threadpool(analyze_input, body)
        context = article_context(record, links=False)
        context["form"] = {"text": body.text, "published": published or ""}
        return render(request, "analyze.html", context, context["data"])

    def article_context(record: ArticleRecord, *, links: bool = True) -> dict[str, Any]:
        keys = archive.local_keys(record) if links else {}
        who = who_said_what(record, keys)
        entities = [{**e.model_dump(mode="json"), "key": keys.get(e.id)} for e in record.entities]
        summary = [record.text[record.sentences[i].start : record.sentences[i].end].strip()
                   for i in record.summary if 0 <= i < len(record.sentences)]
        data = {"article": record.to_dict(), "who_said_what": who, "entities": entities, "summary": summary}
        hrefs = {eid: _entity_url(k) for eid, k in keys.items()}
        return {"record": record, "body": highlight(record.text, record_marks(record, hrefs)),
                "who": who, "entities": entities, "summary": summary, "data": data}

    @app.get("/entities", response_class=HTMLResponse, tags=["pages"], summary="Entities page")
    @app.get("/entities.json", include_in_schema=False)
    def entities_page(request: Request, page: PageDep, q: str | None = Query(None),
                      label: str | None = Query(None, pattern="^(|PER|ORG|LOC)$")) -> Response:
        data = archive.entities(q, label, *page)
        return render(request, "entities.html", {"data": data, "pager": _pager(request, data)}, data)

    @app.get("/entities/{raw_key:path}", response_class=HTMLResponse, tags=["pages"],
             summary="Entity page: counts, statements over time, mentions (JSON twin: .json)")
    def entity_page(request: Request, raw_key: str) -> Response:
        key, as_json = split_json(raw_key, lambda k: archive.store.get_entity(k) is not None)
        data = entity_data(key)
        chart = bar_chart(data["timeline"], ("articles", "quotes"), title=f"{data['name']}: articles and statements per month")
        return render(request, "entity.html", {"e": data, "chart": chart}, data, as_json=as_json)

    @app.get("/speakers", response_class=HTMLResponse, tags=["pages"], summary="Speakers page")
    @app.get("/speakers.json", include_in_schema=False)
    def speakers_page(request: Request, page: PageDep, q: str | None = Query(None)) -> Response:
        data = archive.speakers(q, *page)
        return render(request, "speakers.html", {"data": data, "pager": _pager(request, data)}, data)

    @app.get("/quotes", response_class=HTMLResponse, tags=["pages"], summary="Quotes page")
    @app.get("/quotes.json", include_in_schema=False)
    def quotes_page(request: Request, f: FiltersDep,
                    page: PageDep) -> Response:
        data = archive.quotes(f, *page)
        return render(request, "quotes.html", {"data": data, "f": f, "pager": _pager(request, data)}, data)

    @app.get("/timeline", response_class=HTMLResponse, tags=["pages"], summary="Timeline chart page")
    @app.get("/timeline.json", include_in_schema=False)
    def timeline_page(request: Request, f: FiltersDep,
                      by: str = Query("month", pattern="^(month|day)$")) -> Response:
        data = archive.timeline(f, by)
        chart = bar_chart(data["periods"], ("articles", "quotes", "amounts"), title=f"articles per {by}")
        other = {**f.as_dict(), "by": "day" if by == "month" else "month"}
        context = {"data": data, "f": f, "chart": chart, "other_url": f"/timeline?{urlencode(other)}"}
        return render(request, "timeline.html", context, data)

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/api.json", include_in_schema=False)
    def api_page(request: Request) -> Response:
        doc = app.openapi()
        rows = [
            {"method": method.upper(), "path": path, "summary": op.get("summary", ""),
             "params": [p["name"] for p in op.get("parameters", [])]}
            for path, ops in doc["paths"].items() for method, op in ops.items()
        ]
        data = {"openapi": "/openapi.json", "writable": bool(token), "endpoints": rows}
        return render(request, "api.html", {"data": data}, data)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg", status_code=308)

    @app.get("/healthz", include_in_schema=False)
    def health() -> dict[str, Any]:
        return {"ok": True, "version": __version__}

    return app


def _pager(request: Request, data: dict[str, Any]) -> dict[str, str | None]:
    """Links to the previous and next page, keeping the other query parameters."""
    limit, offset = data["limit"], data["offset"]
    more = data.get("more", offset + limit < data.get("total", 0))
    query = {k: v for k, v in request.query_params.items() if v and k not in ("format", "offset", "limit")}

    def link(start: int) -> str:
        return f"{request.url.path}?{urlencode({**query, 'offset': start, 'limit': limit})}"

    return {"prev": link(max(0, offset - limit)) if offset > 0 else None, "next": link(offset + limit) if more else None}
