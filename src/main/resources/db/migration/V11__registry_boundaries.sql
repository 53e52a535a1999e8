-- Boundaries of communities and grids (docs/registry.md, "Boundaries"): a GeoJSON Polygon or MultiPolygon in WGS 84
-- longitude/latitude, as text; validated by the registry API on write, indexed in memory (LocationRouter), so no
-- spatial database features are needed. MEDIUMTEXT holds up to 16 MB on MySQL/MariaDB (TEXT's 64 KB is too small
-- for 2,000 vertices at full precision); H2 takes it as CHARACTER VARYING.

ALTER TABLE community ADD boundary MEDIUMTEXT;
ALTER TABLE grid ADD boundary MEDIUMTEXT;
