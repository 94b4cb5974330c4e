"""GUI start-up, and the console script's entry point.

Qt is imported only when a window is wanted, so the headless commands start fast and run on
machines without a display. The window runs on one qasync event loop (QApplication +
qasync.QEventLoop), so the asynchronous HeyGen work of the workflow shares the GUI's loop.

Start-up does as little as possible before the window is on screen: a big file is parsed on a
worker thread after the first paint, and the preview player (Qt Multimedia takes a while to
load) is created once the document is on screen.
PROOFREADER_BENCH_EXIT_ON_SHOWN=1 prints "window-shown <epoch>" and "document-shown <epoch>"
and quits once the document is on screen (benchmarks/editor.py measures start-up with it).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from proofreader import __version__, cli
from proofreader.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from proofreader.ui.main_window import MainWindow
    from proofreader.ui.single_instance import Delivery, InstanceServer
    from proofreader.ui.window.host import WindowHost, WindowPart
    from proofreader.workspace.document_source import DocumentSource

BENCH_ENV = "PROOFREADER_BENCH_EXIT_ON_SHOWN"
log = logging.getLogger(__name__)


SUBTITLE_SUFFIXES = (".srt", ".vtt")
SELF_TEST_DELAYS = "0.5,1"  # the sandbox's proofread and render delays in seconds


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window when no command (or `edit`) is given; otherwise run the command line."""
    args = _file_as_edit(list(sys.argv[1:] if argv is None else argv))
    if not cli.wants_window(args):
        return cli.main(args)
    return run_window(args)


def _file_as_edit(args: list[str]) -> list[str]:
    """`proofreader talk.srt` (a desktop double-click: Exec=proofreader %f) means
    `proofreader edit talk.srt`: flags may come first, and the one other argument must be an
    existing .srt or .vtt file."""
    positional = [i for i, arg in enumerate(args) if not arg.startswith("-")]
    if len(positional) != 1 or any("=" in arg for arg in args if arg.startswith("-")):
        return args
    index = positional[0]
    path = Path(args[index])
    if path.suffix.lower() in SUBTITLE_SUFFIXES and path.is_file():
        return [*args[:index], "edit", *args[index:]]
    return args


def _check_inputs(args: argparse.Namespace) -> str | None:
    """A sentence when a file named on the command line cannot be used, else None."""
    if getattr(args, "command", None) != "edit":
        return None
    from proofreader.workspace.inputs import Role, openable_problem

    named: tuple[tuple[Role, str | None], ...] = (
        ("translation", args.file),
        ("original", args.original),
        ("video", args.video),
        ("glossary", args.glossary),
    )
    for role, value in named:
        problem = None if value is None else openable_problem(Path(value), role)
        if problem is not None:
            return problem
    return None


def run_window(argv: Sequence[str]) -> int:
    """Parse the arguments, then run the window until it closes; returns the exit code."""
    parser = cli.build_window_parser()
    args, extra = parser.parse_known_args(list(argv))
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    problem = _check_inputs(args)
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    from proofreader.qt_platform_check import platform_problem

    missing = platform_problem()  # one sentence instead of Qt's abort
    if missing is not None:
        print(missing, file=sys.stderr)
        return EXIT_FAILED
    return _run_qt(args)  # logging starts there, once the log folder is known


def _mark(what: str) -> None:
    """Print a start-up milestone with the wall-clock time (for benchmarks/editor.py)."""
    if os.environ.get(BENCH_ENV) == "1":
        print(f"{what} {time.time():.6f}", flush=True)


def _run_qt(args: argparse.Namespace) -> int:
    import asyncio

    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from proofreader.ui.media_logs import quiet_media_logs

    quiet_media_logs()  # before Qt Multimedia loads: its back-end notes go to the log file
    from proofreader.library import AppPaths, load_settings
    from proofreader.library.logs import start_logging
    from proofreader.ui.async_ops import cancel_pending
    from proofreader.ui.connection.connection_ui import ConnectionUi, StartMode
    from proofreader.ui.connection.context import AppContext
    from proofreader.ui.connection.welcome import ICON_PATH
    from proofreader.ui.i18n import install_translators, translate
    from proofreader.ui.main_window import MainWindow, WindowContext
    from proofreader.ui.renders.renders_ui import RendersUi
    from proofreader.ui.sessions.sessions_ui import SessionsUi
    from proofreader.ui.single_instance import Delivery, claim, server_address
    from proofreader.ui.spelling.spelling_ui import SpellingUi
    from proofreader.ui.window.crash import CrashHandler
    from proofreader.ui.window.documents import BACKGROUND_BYTES
    from proofreader.ui.window.library_opening import LibraryUnavailable, open_library
    from proofreader.workspace.check_limits import thresholds_with_settings
    from proofreader.workspace.document_source import sample_source

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Proofreader")
    app.setApplicationDisplayName("Proofreader")
    app.setDesktopFileName("proofreader")
    app.setWindowIcon(QIcon(str(ICON_PATH)))
    sandbox_home = _self_test_home() if args.self_test else None  # never the user's library
    paths = AppPaths.from_environment()
    settings = load_settings(paths.settings_file())
    install_translators(app, settings.interface_language)  # before any window text is made
    logs = start_logging(paths.log, debug=args.debug)
    log.info("Proofreader %s starting; logs in %s", __version__, paths.log)
    instance: InstanceServer | None = None
    if not (args.self_test or args.new_instance):
        claimed = claim(server_address(paths.data), _forwarded_argv(args))
        if isinstance(claimed, Delivery):  # another window is running: it takes the file
            logs.close()
            return _report_delivery(claimed)
        instance = claimed
    try:
        store = open_library(paths)
    except LibraryUnavailable as exc:
        print(str(exc), file=sys.stderr)
        if instance is not None:
            instance.close()
        logs.close()
        return EXIT_FAILED
    # the connection (demo / live / none): its own extension mounts the account commands,
    # the badge and the welcome page; the other parts follow context.connection_changed
    context = AppContext(paths, settings, store, cli_api_base=args.api_base)
    extensions: list[Callable[[WindowHost], WindowPart]] = [
        lambda w: SessionsUi(w, context),  # library part, New Proofread, jobs, review
        lambda w: RendersUi(w, context),  # Generate, results bar, translations (after sessions)
        lambda w: ConnectionUi(w, context),  # account commands below the HeyGen ones; badge
        SpellingUi,  # View ▸ Check Spelling: underlines and suggestions in the translation
    ]
    window = MainWindow(
        WindowContext(
            store,
            paths.settings_file(),
            paths.log,
            cache_dir=paths.cache,
            check_limits=lambda language: thresholds_with_settings(
                language, context.settings.check_thresholds
            ),
        ),
        defer_player=True,
        extensions=extensions,
    )
    connection = next(e for e in window.extensions if isinstance(e, ConnectionUi))
    CrashHandler(paths.log_dir(), before_dialog=window.autosaver.flush).install()
    documents = window.documents
    exit_code = [EXIT_OK]
    bench = os.environ.get(BENCH_ENV) == "1"
    marked: set[str] = set()

    def mark(what: str) -> None:
        if what not in marked:
            marked.add(what)
            _mark(what)
            if bench and {"window-shown", "document-shown"} <= marked:
                QTimer.singleShot(0, app.quit)

    def fail(sentence: str) -> None:
        if window.session is not None:  # a later file (File ▸ Open, another launch): a box
            window.show_error(translate("App", "Cannot open the document"), sentence)
            return
        print(sentence, file=sys.stderr)
        exit_code[0] = EXIT_USAGE
        QTimer.singleShot(0, app.quit)

    if instance is not None:  # later launches: their file opens here
        instance.received.connect(lambda argv: _open_forwarded(window, argv))
    source = None
    if args.command == "edit":
        documents.errors_in_dialog = False  # the sentence goes to stderr, then exit 2
        documents.load_failed.connect(fail)
        source = _edit_source(args)
        if Path(args.file).stat().st_size < BACKGROUND_BYTES:
            documents.open_source(source)  # small: in the very first frame, no flicker
            source = None
    elif not args.demo:  # the demo's sample is a proofread of the sandbox's talk instead
        documents.start_with_sample(sample_source())
    if exit_code[0] != EXIT_OK:  # the file could not be read: nothing to show
        window.close()
        store.close()
        if instance is not None:
            instance.close()
        logs.close()
        return exit_code[0]

    # --demo: the sandbox at once; a benchmark never touches the keychain or the network;
    # otherwise the saved key (HEYGEN_API_KEY or the keychain), else the welcome page
    start_mode: StartMode = (
        "demo" if args.demo or args.self_test else "welcome" if bench else "saved"
    )

    def self_test_finished(code: int) -> None:
        exit_code[0] = code
        if window.session is not None:  # a throw-away home: nothing to ask about
            window.session.mark_saved()
        window.close()  # the orderly shutdown below, on the running loop (not app.quit)
        closed.set()

    def start_self_test() -> None:
        from proofreader.ui.self_test import start_self_test as run_steps

        run_steps(window, context, self_test_finished)

    connection_started: list[bool] = []

    def start_connection() -> None:
        """The account (keychain, network) after a big file is on screen, not competing."""
        if not connection_started:
            connection_started.append(True)
            connection.start(start_mode)

    def exposed() -> None:
        mark("window-shown")
        if source is None:
            start_connection()
        else:
            documents.open_source(source)  # big: parsed on a worker, the window already up
        if window.session is not None:
            mark("document-shown")
        if args.command != "edit":
            documents.offer_startup_drafts()
        if source is None:
            QTimer.singleShot(0, window.ensure_player)
        if args.self_test:
            QTimer.singleShot(0, start_self_test)

    def document_shown() -> None:
        start_connection()
        if "window-shown" in marked:
            mark("document-shown")
            window.ensure_player()  # after the document: Qt Multimedia takes a while to load

    window.first_exposed.connect(exposed)
    documents.document_shown.connect(document_shown)
    window.show()

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    # closing the window ends the connection (jobs cancelled, sandbox stopped) while the
    # loop still runs, and only then quits
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    if instance is not None:  # from now on a launch starts its own window: this one is going
        app.lastWindowClosed.connect(instance.close)

    async def run_until_closed() -> None:
        await closed.wait()
        await cancel_pending()
        await context.close()

    try:
        with loop:
            task = loop.create_task(run_until_closed())
            try:
                loop.run_until_complete(task)
            except RuntimeError:  # app.quit() ended Qt's loop first: finish the shutdown
                if not task.done():
                    loop.run_until_complete(task)
    finally:
        sys.excepthook = sys.__excepthook__
        if instance is not None:
            instance.close()
        window.autosaver.shutdown()
        store.close()
        logs.close()
        if sandbox_home is not None:
            sandbox_home.cleanup()
    return exit_code[0]


def _edit_source(args: argparse.Namespace) -> DocumentSource:
    """The document `proofreader edit FILE --original … --video …` names."""
    from proofreader.workspace.document_source import local_source

    return local_source(
        Path(args.file),
        Path(args.original) if args.original else None,
        Path(args.video) if args.video else None,
        language=args.lang,
        glossary=Path(args.glossary) if args.glossary else None,
        lenient=bool(getattr(args, "lenient", False)),
    )


def _forwarded_argv(args: argparse.Namespace) -> list[str]:
    """The window arguments a running instance needs, with absolute paths (its working
    folder differs); empty when there is no file (the running window just comes forward)."""
    if args.command != "edit":
        return []
    argv = ["edit", str(Path(args.file).absolute())]
    for flag, value in (
        ("--original", args.original),
        ("--video", args.video),
        ("--glossary", args.glossary),
    ):
        if value:
            argv += [flag, str(Path(value).absolute())]
    if getattr(args, "lenient", False):
        argv.append("--lenient")
    return [*argv, "--lang", args.lang] if args.lang else argv


def _report_delivery(delivery: Delivery) -> int:
    from proofreader.ui.single_instance import Delivery

    if delivery is Delivery.DELIVERED:
        print("Proofreader is already running; its window was brought forward.")
        return EXIT_OK
    print(
        "Proofreader is already running but does not answer; close it, or start another "
        "window with --new-instance.",
        file=sys.stderr,
    )
    return EXIT_FAILED


def _open_forwarded(window: MainWindow, argv: list[str]) -> None:
    """What a later launch asked for, in this window: its file, by the road `edit` takes."""
    from proofreader.ui.i18n import translate
    from proofreader.ui.single_instance import bring_to_front

    bring_to_front(window)
    try:
        args, _extra = cli.build_window_parser().parse_known_args(argv)
    except SystemExit:  # not from our own launcher: nothing to open
        return
    problem = _check_inputs(args)
    if problem is not None:  # the file went away between the launch and now
        window.show_error(translate("App", "Cannot open the file"), problem)
    elif args.command == "edit":
        window.documents.open_source(_edit_source(args))


def _self_test_home() -> tempfile.TemporaryDirectory[str]:
    """A fresh, throw-away home for --self-test (library, sandbox, settings), with short demo
    delays unless PROOFREADER_DEMO_DELAY says otherwise."""
    from proofreader.library.paths import HOME_ENV
    from proofreader.workflow.demo import DEMO_DELAY_ENV

    home = tempfile.TemporaryDirectory(prefix="proofreader-self-test-", ignore_cleanup_errors=True)
    os.environ[HOME_ENV] = home.name
    os.environ.setdefault(DEMO_DELAY_ENV, SELF_TEST_DELAYS)
    return home


if __name__ == "__main__":
    sys.exit(main())
