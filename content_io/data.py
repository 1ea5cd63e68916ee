"""Pages and snippets as plain data and back, generically over model fields and StreamField blocks.

`to_data()` turns a page (or snippet) into the mapping its content file holds; `apply_data()`
sets a file's mapping onto a page, checking every key, block type and reference on the way.
Both walk the model's own fields and its StreamField block definitions, so a new page type or
block needs no code here. References leave the database's ids behind: an image or document is
its file name beside the content file, a page its path in content/, a snippet its file in
content/<folder>/. Values equal to what an empty field holds are left out, so the files show
what a writer wrote; block and list item ids stay, because progress and translations hang on
them (docs/design.md, ideas 1 and 10).
"""

import datetime
import json
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock

from .yamlfile import ContentError, Mapping, Sequence

# Fields of Wagtail's Page that a writer sets; the others (paths, dates, owners, locks) are Wagtail's.
PAGE_FIELDS = ["title", "seo_title", "search_description", "show_in_menus"]
# Fields of snippets and inline objects that belong to the database, not to the content.
RECORD_FIELDS = {"id", "translation_key", "locale", "sort_order"}
ID_NAMESPACE = uuid.UUID("6b0c1f52-3f47-4c1e-9a53-9a5f0d6f4a11")


def derived_id(*parts):
    """An id for a block or record a writer added without one: stable, from where it stands."""
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(part) for part in parts)))


def content_fields(model):
    """The model fields a content file holds: Page's writer-set fields first, then the model's own."""
    fields = [field for field in model._meta.concrete_fields if field.model is Page and field.name in PAGE_FIELDS]
    fields.sort(key=lambda field: PAGE_FIELDS.index(field.name))
    for field in model._meta.concrete_fields:
        if field.model is Page or field.name in RECORD_FIELDS or field.primary_key:
            continue
        if getattr(field.remote_field, "parent_link", False) or isinstance(field, ParentalKey):
            continue
        fields.append(field)
    return fields


def child_relations(model):
    """Inline objects edited with the page (a form's fields), but not Wagtail's own (comments)."""
    return [
        relation
        for relation in get_all_child_relations(model)
        if not relation.related_model.__module__.startswith("wagtail.")
    ]


def _empty(block):
    """What an optional block child holds when a writer leaves it out ("" for text, never None)."""
    if isinstance(block, blocks.ListBlock):
        return []
    if isinstance(block, blocks.StreamBlock):
        return []
    if isinstance(block, blocks.ChooserBlock | blocks.PageChooserBlock):
        return None
    if isinstance(block, blocks.BooleanBlock):
        return False
    if isinstance(block, blocks.StructBlock):
        return None
    if isinstance(block, blocks.MultipleChoiceBlock):
        return []
    return ""


# --- Out: database -> file data -----------------------------------------------------------------


def block_to_data(block, value, refs):
    """A block's stored JSON value as file data (references by name, empty children left out)."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                "type": item["type"],
                "id": item.get("id"),
                "value": block_to_data(block.child_blocks[item["type"]], item["value"], refs),
            }
            for item in value or []
            if item["type"] in block.child_blocks
        ]
    if isinstance(block, blocks.ListBlock):
        items = []
        for item in value or []:
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                items.append({"id": item.get("id"), "value": block_to_data(block.child_block, item["value"], refs)})
            else:  # the old list format, without ids
                items.append({"value": block_to_data(block.child_block, item, refs)})
        return items
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            child_value = (value or {}).get(name, _empty(child))
            if child_value is None or (child_value == _empty(child) and not isinstance(child, blocks.StructBlock)):
                continue
            data[name] = block_to_data(child, child_value, refs)
        return data
    if isinstance(block, ImageChooserBlock):
        return refs.image_name(value)
    if isinstance(block, DocumentChooserBlock):
        return refs.document_name(value)
    if isinstance(block, blocks.PageChooserBlock):
        return refs.page_path(value)
    if isinstance(block, SnippetChooserBlock):
        return refs.snippet_path(block.target_model, value)
    return value


def _scalar_to_data(field, instance):
    value = field.value_from_object(instance)
    if isinstance(field, models.ForeignKey):
        if value is None:
            return None
        if field.related_model is get_image_model():
            return "image", value
        if field.related_model is get_document_model():
            return "document", value
        raise TypeError(f"{field} refers to {field.related_model.__name__}: content files cannot hold it")
    if getattr(field, "code_choices", None) is not None and isinstance(value, str):
        return [code for code in value.split(",") if code]  # guide's CodeListField ",fi,en,": a list to read
    if value is None or isinstance(value, bool | int | str):
        return value
    return field.value_to_string(instance)


def to_data(instance, refs, head=None):
    """`instance` as file data: `head` (type, key...), its fields, its inline objects."""
    data = dict(head or {})
    model = type(instance)
    for field in content_fields(model):
        if isinstance(field, StreamField):
            value = block_to_data(field.stream_block, getattr(instance, field.name).get_prep_value(), refs)
            if value:
                data[field.name] = value
            continue
        value = _scalar_to_data(field, instance)
        if isinstance(value, tuple):
            kind, pk = value
            value = refs.image_name(pk) if kind == "image" else refs.document_name(pk)
        default = field.get_default() if field.has_default() else ("" if field.empty_strings_allowed else None)
        if value is None or value == default or (value in ("", []) and default in ("", None)):
            continue
        data[field.name] = value
    for relation in child_relations(model):
        items = []
        for child in getattr(instance, relation.get_accessor_name()).all():
            item = {"key": str(child.translation_key)} if hasattr(child, "translation_key") else {}
            item.update(to_data(child, refs))
            items.append(item)
        if items:
            data[relation.get_accessor_name()] = items
    return data


# --- In: file data -> database ------------------------------------------------------------------


class Where:
    """Where a value sits (file, line, and a path of names for ids derived from position)."""

    def __init__(self, path, line, trail=()):
        self.path, self.line, self.trail = path, line, tuple(trail)

    def at(self, container, key):
        line = container.line_of(key) if isinstance(container, Mapping | Sequence) else self.line
        return Where(self.path, line, (*self.trail, key))

    def error(self, reason):
        return ContentError(self.path, self.line, reason)


def _expect(value, kind, where, what):
    if not isinstance(value, kind):
        names = {dict: "a mapping (key: value)", list: "a list (- item)", str: "text"}
        raise where.error(f"{what} must be {names.get(kind, kind.__name__)}")


def block_from_data(block, value, refs, where):
    """File data of one block as the JSON a StreamField stores; every type, key and reference checked."""
    if isinstance(block, blocks.StreamBlock):
        _expect(value, list, where, "this field")
        result = []
        for index, item in enumerate(value):
            item_where = where.at(value, index)
            _expect(item, dict, item_where, "a block")
            unknown = set(item) - {"type", "id", "value"}
            if unknown:
                raise item_where.error(f"unknown key {sorted(unknown)[0]!r} in a block (keys: type, id, value)")
            block_type = item.get("type")
            if block_type not in block.child_blocks:
                allowed = ", ".join(block.child_blocks)
                raise item_where.at(item, "type").error(f"unknown block type {block_type!r} (allowed here: {allowed})")
            block_id = str(item.get("id") or derived_id(*item_where.trail))
            child_value = item.get("value", _empty(block.child_blocks[block_type]))
            result.append(
                {
                    "type": block_type,
                    "value": block_from_data(
                        block.child_blocks[block_type], child_value, refs, item_where.at(item, "value")
                    ),
                    "id": block_id,
                }
            )
        return result
    if isinstance(block, blocks.ListBlock):
        _expect(value, list, where, "a list block")
        result = []
        for index, item in enumerate(value):
            item_where = where.at(value, index)
            _expect(item, dict, item_where, "a list item")
            unknown = set(item) - {"id", "value"}
            if unknown:
                raise item_where.error(f"unknown key {sorted(unknown)[0]!r} in a list item (keys: id, value)")
            child_value = item.get("value", _empty(block.child_block))
            result.append(
                {
                    "type": "item",
                    "value": block_from_data(block.child_block, child_value, refs, item_where.at(item, "value")),
                    "id": str(item.get("id") or derived_id(*item_where.trail)),
                }
            )
        return result
    if isinstance(block, blocks.StructBlock):
        _expect(value, dict, where, "this block's value")
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            name = sorted(unknown)[0]
            raise where.at(value, name).error(f"unknown key {name!r} (this block has: {', '.join(block.child_blocks)})")
        return {
            name: block_from_data(child, value[name], refs, where.at(value, name)) if name in value else _empty(child)
            for name, child in block.child_blocks.items()
        }
    if value is None:
        return None
    if isinstance(block, ImageChooserBlock):
        return refs.image_id(value, where)
    if isinstance(block, DocumentChooserBlock):
        return refs.document_id(value, where)
    if isinstance(block, blocks.PageChooserBlock):
        return refs.page_id(value, where)
    if isinstance(block, SnippetChooserBlock):
        return refs.snippet_id(block.target_model, value, where)
    if isinstance(block, blocks.DateBlock) and isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(block, blocks.MultipleChoiceBlock):
        _expect(value, list, where, "this value")
        return [str(code) for code in value]
    if isinstance(block, blocks.BooleanBlock):
        if not isinstance(value, bool):
            raise where.error("this value must be true or false")
        return value
    if isinstance(block, blocks.IntegerBlock | blocks.FloatBlock | blocks.DecimalBlock):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise where.error("this value must be text")
    return str(value)


def _field_from_data(field, value, refs, where):
    if isinstance(field, StreamField):
        raw = block_from_data(field.stream_block, value, refs, where)
        try:
            field.stream_block.clean(field.stream_block.to_python(raw))
        except ValidationError as error:
            # The editor's own checks (a quiz question with no correct choice...), at the block's line.
            index, detail = _block_error(error)
            at = where.at(value, index) if index is not None else where
            raise at.error(f"{field.name}: {detail}") from error
        return raw
    if isinstance(field, models.ForeignKey):
        if value is None:
            return None
        finder = refs.image_id if field.related_model is get_image_model() else refs.document_id
        return finder(value, where)
    if getattr(field, "code_choices", None) is not None and isinstance(value, list):
        value = f",{','.join(str(code) for code in value)}," if value else ""  # guide's CodeListField
    if isinstance(value, dict | list):
        raise where.error(f"{field.name} must be a single value")
    try:
        return field.to_python(value.isoformat() if isinstance(value, datetime.date | datetime.time) else value)
    except ValidationError as error:
        raise where.error(f"{field.name}: {' '.join(error.messages)}") from error


def _block_error(error):
    """(index of the first block with an error, its messages) from a StreamBlock's ValidationError."""
    data = error.as_json_data() if hasattr(error, "as_json_data") else {"messages": error.messages}
    index = None
    block_errors = data.get("blockErrors") or {}
    if block_errors:
        index = sorted(block_errors, key=int)[0]
        data = block_errors[index]
        index = int(index)
    return index, json.dumps(data, ensure_ascii=False)


def apply_data(instance, data, refs, where, skip=()):
    """Set `data` (a file's mapping) onto `instance`: every field, absent ones to their default.

    `skip` names keys handled by the caller (type, key, children). Unknown keys are an error, so
    a misspelt field never vanishes silently.
    """
    model = type(instance)
    fields = {field.name: field for field in content_fields(model)}
    relations = {relation.get_accessor_name(): relation for relation in child_relations(model)}
    for name in data:
        if name not in fields and name not in relations and name not in skip:
            known = ", ".join([*fields, *relations])
            raise where.at(data, name).error(f"unknown field {name!r} for {model.__name__} (fields: {known})")
    for name, field in fields.items():
        if name in data and data[name] is not None:
            value = _field_from_data(field, data[name], refs, where.at(data, name))
        elif isinstance(field, StreamField):
            value = []
        else:
            value = field.get_default() if field.has_default() else ("" if field.empty_strings_allowed else None)
        setattr(instance, field.attname, value)
    for name, relation in relations.items():
        items = data.get(name) or []
        _expect(items, list, where.at(data, name), name)
        children = []
        for index, item in enumerate(items):
            item_where = where.at(items, index)
            _expect(item, dict, item_where, "an item")
            child = relation.related_model()
            apply_data(child, item, refs, item_where, skip={"key"})
            if hasattr(child, "translation_key"):
                child.translation_key = item.get("key") or derived_id(*item_where.trail)
                child.locale_id = instance.locale_id
            child.sort_order = index
            children.append(child)
        setattr(instance, name, children)
    return instance
