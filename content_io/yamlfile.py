"""YAML that remembers where each value was written, so every error names its file and line.

The exporter writes with `dump()` and the importer reads with `load()`; both are plain YAML
(PyYAML's safe subset), so a writer can edit the files in any editor.
"""

from pathlib import Path

import yaml


class ContentError(Exception):
    """A content file that cannot be imported: which file, which line, and why."""

    def __init__(self, path, line, reason):
        self.path, self.line, self.reason = Path(path), line, reason
        super().__init__(f"{path}:{line or 1}: {reason}")


class Mapping(dict):
    """A YAML mapping with the line of the mapping (`line`) and of each key's value (`lines`)."""

    line = 1
    lines = None

    def line_of(self, key):
        return (self.lines or {}).get(key, self.line)


class Sequence(list):
    """A YAML sequence with its own line and each item's line."""

    line = 1
    lines = None

    def line_of(self, index):
        return (self.lines or [])[index] if self.lines and index < len(self.lines) else self.line


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """PyYAML's safe loader (libyaml's when installed: 3x faster), building Mapping and Sequence objects
    that know their lines."""


def _mapping(loader, node):
    loader.flatten_mapping(node)
    data = Mapping()
    data.line, data.lines = node.start_mark.line + 1, {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in data:
            raise yaml.constructor.ConstructorError(None, None, f"key {key!r} given twice", key_node.start_mark)
        data[key] = loader.construct_object(value_node, deep=True)
        data.lines[key] = value_node.start_mark.line + 1
    return data


def _sequence(loader, node):
    data = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    data.line, data.lines = node.start_mark.line + 1, [child.start_mark.line + 1 for child in node.value]
    return data


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load(path):
    """The YAML document in `path` as Mapping/Sequence values; malformed YAML is a ContentError."""
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - a SafeLoader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise ContentError(path, mark.line + 1 if mark else 1, f"malformed YAML: {error.problem or error}") from error
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise ContentError(path, 1, f"malformed YAML: {error}") from error
    if not isinstance(data, Mapping):
        raise ContentError(path, 1, "a content file is a YAML mapping (key: value lines)")
    return data


class _Dumper(yaml.SafeDumper):
    """Block style throughout; text with line breaks as literal blocks, as a writer would type it."""


def _text(dumper, value):
    style = "|" if "\n" in value and not value.endswith((" ", "\t")) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump(data):
    """`data` as YAML text: keys in the given order, UTF-8 as written, long lines folded at 100."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
