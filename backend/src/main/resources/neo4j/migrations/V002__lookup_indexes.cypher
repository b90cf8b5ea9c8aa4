// The look-ups the API and the snapshot builder make.
CREATE INDEX actor_territory IF NOT EXISTS FOR (n:Actor) ON (n.territory);
CREATE INDEX actor_sector IF NOT EXISTS FOR (n:Actor) ON (n.sector);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX project_territory IF NOT EXISTS FOR (n:Project) ON (n.territory);
CREATE INDEX project_stage IF NOT EXISTS FOR (n:Project) ON (n.stage);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX event_territory IF NOT EXISTS FOR (n:Event) ON (n.territory);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX figure_subject IF NOT EXISTS FOR (n:DocumentedFigure) ON (n.subject, n.metric);
CREATE INDEX member_of_college IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.college);
CREATE INDEX takes_part_in_role IF NOT EXISTS FOR ()-[r:TAKES_PART_IN]-() ON (r.role);
CREATE INDEX collaborates_with_kind IF NOT EXISTS FOR ()-[r:COLLABORATES_WITH]-() ON (r.kind);
