"""The role groups (Trainers, Reporting staff) and their Wagtail permissions.

Used by migration 0002_roles on a new database, and by demo.load() when a test database was flushed.
Functions take an app registry (the migration's historical one or django.apps.apps), so they only
touch models through apps.get_model. Learners get no group and no admin access.
Permissions are created with get_or_create because post_migrate has not run yet on a fresh database;
Django's create_permissions later skips existing ones. Page permissions follow Wagtail's own
0002_initial_data: GroupPagePermission on the root page covers every language's tree
(https://docs.wagtail.org/en/v7.4/topics/permissions.html).
"""

TRAINERS = "Trainers"
REPORTING_STAFF = "Reporting staff"

TRAINER_PAGE_CODENAMES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
TRAINER_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
]


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def create_roles(apps, schema_editor=None):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")

    trainers, _ = Group.objects.get_or_create(name=TRAINERS)
    trainers.permissions.add(
        access_admin,
        _permission(apps, "learners", "cohort", "view_cohort"),
        _permission(apps, "wagtail_localize", "translation", "submit_translation"),
    )
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in TRAINER_PAGE_CODENAMES:
            GroupPagePermission.objects.get_or_create(
                group=trainers, page=root_page, permission=_permission(apps, "wagtailcore", "page", codename),
            )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, model, codenames in TRAINER_COLLECTION_PERMISSIONS:
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=trainers, collection=root_collection,
                    permission=_permission(apps, app_label, model, codename),
                )

    reporting, _ = Group.objects.get_or_create(name=REPORTING_STAFF)
    reporting.permissions.add(access_admin)




def ensure_roles():
    """Create the role groups if they are missing (idempotent), with the live app registry."""
    from django.apps import apps

    create_roles(apps)
