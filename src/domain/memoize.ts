interface Cache<Key, Value> {
  get(key: Key): Value | undefined;
  set(key: Key, value: Value): unknown;
}

/**
 * `build`, run once per key and remembered in `cache`: a WeakMap for objects (the content, a
 * questionnaire), so nothing outlives its key; a Map for a few plain keys such as languages.
 */
export function memoize<Key, Value>(
  build: (key: Key) => Value,
  cache: Cache<Key, Value>,
): (key: Key) => Value {
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}
