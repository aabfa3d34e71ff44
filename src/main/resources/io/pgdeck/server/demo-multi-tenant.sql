-- The shared server of the multi-tenant demo: the team's role owns nothing above its database, and two other
-- teams' databases sit beside it (the team's role could connect to them; pgdeck must not let it).
CREATE ROLE demo_team LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CONNECT, CREATE, TEMPORARY ON DATABASE demo TO demo_team;
CREATE DATABASE team_beta;
CREATE DATABASE team_gamma;
-- As provision does on a shared server: no team's database lets PUBLIC connect, so a team's role reaches only its own.
REVOKE CONNECT, TEMPORARY ON DATABASE team_beta, team_gamma, demo FROM PUBLIC;
