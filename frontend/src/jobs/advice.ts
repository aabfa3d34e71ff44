import type { Job } from './api';

interface Rule {
  types: Job['type'][];
  when: RegExp;
  advice: string;
}

/** Failures people meet, matched on the job's note (its first error line), with what usually gets them through. */
const RULES: Rule[] = [
  {
    types: ['backup'],
    when: /storage quota|no space left/i,
    advice: 'Free space in Storage (older backups), or back up a single schema or table.',
  },
  {
    types: ['backup', 'maintenance', 'restore'],
    when: /could not obtain lock|statement timeout|lock timeout|deadlock/i,
    advice:
      'Another session holds a lock on a table it needs: see the Dashboard’s locks, then try again (or wait longer for locks).',
  },
  {
    types: ['restore'],
    when: /already exists/i,
    advice:
      'The schema already holds these objects: restore with Replace, or into a schema that does not exist yet.',
  },
  {
    types: ['restore'],
    when: /depend|cannot drop/i,
    advice:
      'Objects outside the schema depend on what the restore replaces: the analysis names them; drop or change them first.',
  },
  {
    types: ['restore', 'import', 'maintenance', 'backup'],
    when: /permission denied|must be owner|must be superuser/i,
    advice:
      "The team's role may not do this here: read the restore analysis for what is left out, or ask the platform team.",
  },
  {
    types: ['restore'],
    when: /unsupported version|newer|not a (valid )?(dump|archive)/i,
    advice:
      'The file comes from a newer pg_dump or is not a dump: take the backup again with this server’s pgdeck.',
  },
  {
    types: ['import'],
    when: /line \d+/i,
    advice:
      'Fix the line named in the file (or its delimiter, quote and header options) and import again: nothing was loaded.',
  },
];

/** What to try next after {@code job} failed; the log in Processes when nothing more specific is known. */
export function adviceFor(job: Job): string {
  if (job.status !== 'failed') return '';
  const note = job.note ?? '';
  const rule = RULES.find((r) => r.types.includes(job.type) && r.when.test(note));
  return rule?.advice ?? 'Open the job in Processes: its log holds the whole output.';
}
