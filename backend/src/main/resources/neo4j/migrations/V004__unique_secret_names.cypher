// One pseudonym key per database: a second writer (another instance on the same server) cannot
// create a second one.
CREATE CONSTRAINT secret_name IF NOT EXISTS FOR (n:Secret) REQUIRE n.name IS UNIQUE;
