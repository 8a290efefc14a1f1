"""The words Typer (and the click it carries) print around ours, in Chinese:
the help page's panel titles, its usage line and --help's own help, and the
usage errors (a missing question, an unknown option, a value of the wrong kind).

Typer has no message catalogue, so the command classes below give its help
page our words, and `ChineseGroup.main` prints usage errors itself. A message
this module does not know is printed as the framework wrote it."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any

import typer
import typer.core
from typer import rich_utils

PANEL_TITLES = {
    "ARGUMENTS_PANEL_TITLE": "参数",
    "OPTIONS_PANEL_TITLE": "选项",
    "COMMANDS_PANEL_TITLE": "命令",
    "ERRORS_PANEL_TITLE": "错误",
    "ABORTED_TEXT": "已中止。",
    "DEFAULT_STRING": "[默认：{}]",
    "REQUIRED_LONG_STRING": "[必填]",
    "ENVVAR_STRING": "[环境变量：{}]",
    "RICH_HELP": "用 [blue]'{command_path} {help_option}'[/] 查看帮助。",
}
for _name, _text in PANEL_TITLES.items():  # module settings Typer reads each time it prints help
    setattr(rich_utils, _name, _text)

HELP_TEXT = "显示本帮助并退出。"
# What the framework's usage line and messages say, as we say it.
USAGE_WORDS = (("Usage:", "用法："), ("[OPTIONS]", "[选项]"), ("COMMAND [ARGS]...", "命令 [参数]..."))
MESSAGES = (
    (re.compile(r"Got unexpected extra arguments? \((.*)\)"), "多出了参数：{0}"),
    (re.compile(r"No such command '(.*)'\.(?: Did you mean (.*)\?)?"), "没有命令「{0}」"),
    (re.compile(r"Missing argument '(.*)'\.?"), "缺少参数 {0}"),
    (re.compile(r"Missing option '(.*)'\.?"), "缺少选项 {0}"),
    (re.compile(r"Option '(.*)' requires an argument\.?"), "选项 {0} 后面需要一个值"),
    (re.compile(r"Input should be a valid integer.*"), "应为整数"),
    (re.compile(r"Input should be a valid number.*"), "应为数字"),
    (re.compile(r"Input should be (.*)"), "可选值为 {0}"),
    (re.compile(r"'(.*)' is not one of (.*)\."), "「{0}」不是可选值之一（{1}）"),
    (re.compile(r"Input should be greater than or equal to (\S+)"), "应不小于 {0}"),
)


def chinese(message: str) -> str:
    """A framework message in Chinese, where we know it; else as it was."""
    message = message.strip()
    if m := re.fullmatch(r"Invalid value for (.*?): (.*)", message, re.S):
        return f"{m[1]} 的值不对：{chinese(m[2])}"
    if m := re.fullmatch(r"No such option: (\S+)\s*(?:Did you mean (.*)\?|\(Possible options: (.*)\))?", message, re.S):
        near = m[2] or m[3]
        return f"没有选项 {m[1]}" + (f"；是不是 {near}？" if near else "")
    message = re.sub(r"^Value error, ", "", message)
    for pattern, text in MESSAGES:
        if m := pattern.fullmatch(message):
            said = text.format(*(g or "" for g in m.groups()))
            if "Did you mean" in message and (hint := re.search(r"Did you mean (.*)\?", message)):
                said += f"；是不是 {hint[1]}？"
            return said
    return message


def _usage(text: str) -> str:
    for english, ours in USAGE_WORDS:
        text = text.replace(english, ours)
    return text


class ChineseHelp:
    """The usage line and --help's help of a command or group, in Chinese."""

    def get_usage(self, ctx: Any) -> str:
        return _usage(super().get_usage(ctx))  # type: ignore[misc]

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_TEXT
        return option


class ChineseCommand(ChineseHelp, typer.core.TyperCommand):
    """A command whose help page speaks Chinese."""


class ChineseGroup(ChineseHelp, typer.core.TyperGroup):
    """A group of commands whose help page and usage errors speak Chinese."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, windows_expand_args, **extra)
        try:
            done = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except typer.Abort:
            print(PANEL_TITLES["ABORTED_TEXT"], file=sys.stderr)
            sys.exit(1)
        except typer.Exit as stop:
            sys.exit(stop.exit_code)
        except typer.TyperException as exc:  # click's UsageError and its kin
            if type(exc).__name__ == "NoArgsIsHelpError":
                sys.exit(2)
            ctx = getattr(exc, "ctx", None)
            if ctx is not None:
                print(_usage(ctx.get_usage()), file=sys.stderr)
                print(f"用 {ctx.command_path} --help 查看帮助。", file=sys.stderr)
            print(f"bri：错误：{chinese(exc.format_message())}", file=sys.stderr)
            sys.exit(getattr(exc, "exit_code", 2))
        # out of standalone mode the framework returns an Exit's code instead of exiting
        sys.exit(done if isinstance(done, int) else 0)
