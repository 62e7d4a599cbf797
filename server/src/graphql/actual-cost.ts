/**
 * What an answer cost: 1 for every field it holds, counted in every object of every list, so a
 * page of 7 costs what 7 items cost, not what `first` allowed (the requested cost, limits.ts).
 */
export function actualCost(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, item) => sum + actualCost(item), 0);
  if (data === null || typeof data !== 'object') return 0;
  let cost = 0;
  for (const value of Object.values(data)) cost += 1 + actualCost(value);
  return cost;
}
