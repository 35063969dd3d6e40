"""The review store: engine, ORM models, migrations, repository, audit chain and search."""
