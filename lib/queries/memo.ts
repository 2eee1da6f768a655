import 'server-only';

/**
 * Process-wide memos for what the corpus defines. The database is written only by the seed, before the
 * server starts, so an answer computed once stays true for the process's life. `once` holds one value;
 * `memoByKey` holds one per key, for keys the corpus bounds (a known insurer, a version pair), and
 * still caps their number so that no key a stranger can choose grows it without bound.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= compute().catch((err: unknown) => {
      value = undefined;
      throw err;
    });
    return value;
  };
}

export function memoByKey<A extends unknown[], T>(compute: (...args: A) => Promise<T>, key: (...args: A) => string, maxEntries: number): (...args: A) => Promise<T> {
  const values = new Map<string, Promise<T>>();
  return (...args: A) => {
    const k = key(...args);
    const hit = values.get(k);
    if (hit) {
      // Least recently used first: a hit moves to the end.
      values.delete(k);
      values.set(k, hit);
      return hit;
    }
    const value = compute(...args).catch((err: unknown) => {
      values.delete(k);
      throw err;
    });
    values.set(k, value);
    if (values.size > maxEntries) values.delete(values.keys().next().value!);
    return value;
  };
}
