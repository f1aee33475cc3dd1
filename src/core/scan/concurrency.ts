// Bounded parallelism for file-system work: enough requests in flight to keep the disk
// busy, few enough not to exhaust file descriptors on a monorepo.

/** In-flight file-system requests; enough to hide latency, far below descriptor limits. */
export const IO_CONCURRENCY = 24;

/** Runs `fn` over `items` with at most `limit` calls pending; results keep input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
