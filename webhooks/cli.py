"""`tipline`: the one command-line entry point."""
from __future__ import annotations

import argparse
import getpass
import signal
import subprocess
import sys
import time

from webhooks.settings import PROJECT_ROOT, get_settings


def cmd_up(args: argparse.Namespace) -> int:
    from webhooks.db import Database
    from webhooks.stack import model
    from webhooks.stack.processes import Ports, Stack

    settings = get_settings()
    db = Database(settings.effective_database_url)
    db.migrate()
    db.dispose()
    model_path = model.ensure_trained()
    rasa_ports = tuple(args.rasa_port + i for i in range(args.rasa_servers))
    stack = Stack(settings, host=args.host, ports=Ports(gateways=(args.port,), rasas=rasa_ports,
                                                          actions=args.actions_port))
    stopping = False

    def request_stop(signum, _frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        stack.start(model_path)
        print("[tipline] starting Rasa, the action server and the gateway…", file=sys.stderr)
        while not stopping:
            try:
                stack.wait_ready(timeout=2)
                break
            except TimeoutError:
                continue
        if not stopping:
            print(f"[tipline] ready: web chat at http://{args.host}:{args.port}/ ; Ctrl-C stops everything",
                  file=sys.stderr)
        while not stopping:
            exited = stack.first_exited()
            if exited:
                print(f"[tipline] {exited} stopped unexpectedly; shutting down", file=sys.stderr)
                return 1
            time.sleep(0.5)
        return 0
    except RuntimeError as exc:
        print(f"[tipline] {exc}", file=sys.stderr)
        return 1
    finally:
        print("[tipline] stopping…", file=sys.stderr)
        stack.stop()


def cmd_train(args: argparse.Namespace) -> int:
    from webhooks.stack import model

    path = model.ensure_trained(force=args.force)
    print(path)
    return 0


def cmd_migrate(_args: argparse.Namespace) -> int:
    from webhooks.db import Database

    db = Database(get_settings().effective_database_url)
    db.migrate()
    db.dispose()
    print("database is at the latest schema")
    return 0


def cmd_rotate_keys(_args: argparse.Namespace) -> int:
    from webhooks.crypto import Encryptor
    from webhooks.db import Database
    from webhooks.key_rotation import rotate_all

    settings = get_settings()
    db = Database(settings.effective_database_url)
    try:
        count = rotate_all(db, Encryptor.from_settings(settings))
    finally:
        db.dispose()
    print(f"re-encrypted {count} rows under the newest key")
    return 0


def cmd_detect_language(_args: argparse.Namespace) -> int:
    """One ISO 639-1 code per input line, in order; `und` where a line carries no language signal."""
    from webhooks.language.detect import detect

    for line in sys.stdin:
        print(detect(line.rstrip("\r\n")).language, flush=False)
    sys.stdout.flush()
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    return subprocess.call([sys.executable, "-m", "pytest", *args.pytest_args], cwd=PROJECT_ROOT)


def cmd_staff_add(args: argparse.Namespace) -> int:
    from webhooks.db import Database
    from webhooks.staff.accounts import AccountError, add_user

    if sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.name}: ")
        if getpass.getpass("Again: ") != password:
            print("passwords differ", file=sys.stderr)
            return 1
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    db = Database(get_settings().effective_database_url)
    try:
        db.migrate()
        user = add_user(db, args.name, password, args.role)
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(f"added {user.username} ({user.role})")
    return 0


def cmd_staff_totp(args: argparse.Namespace) -> int:
    from webhooks.crypto import Encryptor
    from webhooks.db import Database
    from webhooks.staff.accounts import AccountError
    from webhooks.staff.signin import enroll

    settings = get_settings()
    db = Database(settings.effective_database_url)
    try:
        uri = enroll(db, Encryptor.from_settings(settings), args.name, settings.tipline_hotline_name)
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(uri)
    print("Add this to the staff member's authenticator app (or show it as a QR code); keep it private.",
          file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tipline", description="Tip-intake bot for anti-trafficking hotlines.")
    sub = parser.add_subparsers(dest="command", required=True)

    up = sub.add_parser("up", help="train if needed, then run Rasa, the action server and the gateway")
    up.add_argument("--host", default="127.0.0.1")
    up.add_argument("--port", type=int, default=8000)
    up.add_argument("--rasa-port", type=int, default=5005)
    up.add_argument("--actions-port", type=int, default=5055)
    up.add_argument("--rasa-servers", type=int, default=1, choices=range(1, 9), metavar="N",
                    help="Rasa servers to run (ports from --rasa-port up), sharing Redis")
    up.set_defaults(func=cmd_up)

    train = sub.add_parser("train", help="train the Rasa model if its inputs changed; prints its path")
    train.add_argument("--force", action="store_true", help="train even if a model for these inputs exists")
    train.set_defaults(func=cmd_train)

    sub.add_parser("migrate", help="bring the database to the latest schema").set_defaults(func=cmd_migrate)

    sub.add_parser("rotate-keys", help="re-encrypt data at rest under the newest TIPLINE_ENCRYPTION_KEYS key"
                   ).set_defaults(func=cmd_rotate_keys)

    sub.add_parser("detect-language", help="read messages one per line on stdin; print one language code per line"
                   ).set_defaults(func=cmd_detect_language)

    test = sub.add_parser("test", help="run the test suite (arguments go to pytest)")
    test.add_argument("pytest_args", nargs=argparse.REMAINDER)
    test.set_defaults(func=cmd_test)

    staff = sub.add_parser("staff", help="staff accounts")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)
    add = staff_sub.add_parser("add", help="add a staff user (password from standard input when piped)")
    add.add_argument("name")
    add.add_argument("--role", choices=["agent", "supervisor"], required=True)
    add.set_defaults(func=cmd_staff_add)
    totp = staff_sub.add_parser("totp", help="enrol (or replace) a staff user's TOTP second factor; prints its URI")
    totp.add_argument("name")
    totp.set_defaults(func=cmd_staff_totp)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
