/**
 * Returns `f` itself. Under tsx (tests, benchmarks, scripts) esbuild's keepNames wraps every function bound to
 * a name (`const f = (…) => …`) in a call that defines its `name`, which costs about a microsecond each time
 * the closure is made; an arrow function passed as an argument is left alone. For closures made per word or
 * per mention in hot code: `const f = unnamed((…) => …)`. (Built code, as shipped, is the same either way.)
 */
export function unnamed<F extends (...args: never[]) => unknown>(f: F): F {
  return f;
}
