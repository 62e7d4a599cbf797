/** A user's search text as an ILIKE pattern matching it anywhere, with % _ \ taken literally. */
export function containsPattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
