/** What the "CSV for spreadsheets" downloads do, said where they are offered. */
export const SPREADSHEET_SAFE =
  'Cells that start with = + - @ get a leading apostrophe, so a spreadsheet shows them as text instead of running them as formulas';
