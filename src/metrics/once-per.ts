/**
 * `f`, computed once per object it is given and remembered while that object lives. A build
 * computes two editions (this one and the previous, for "what changed") from one data set: what
 * does not depend on the edition is computed once per data set, or per file of it.
 *
 * @example const codedTradeFlows = oncePer((flows: Dataset<TradeFlow>) => codeFlows(...))
 */
export function oncePer<K extends object, V>(f: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, f(key));
    return cache.get(key)!;
  };
}
