// libpq, PostgreSQL's C client (Debian: libpq-dev). Seen only by Sources/PostgresSink/PostgresConnection.swift.
#include <libpq-fe.h>
