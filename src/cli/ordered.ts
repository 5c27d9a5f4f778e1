/**
 * Maps an async source through `fn` with at most `window` calls in flight, yielding results in
 * source order. Memory stays bounded by the window however long the source is, and a result is
 * yielded as soon as it and all before it are done, even while the source is still waiting for
 * more (a `--lines` caller that writes one line and waits for the answer is never stuck).
 * `fn` must not reject.
 */
export async function* orderedMap<T, R>(source: AsyncIterable<T>, fn: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  type Pending<V> = { promise: Promise<V>; done: boolean; value?: V };
  const queue: Pending<R>[] = [];
  let pull: Pending<IteratorResult<T>> | null = null;
  let ended = false;
  const start = (item: T) => {
    const slot: Pending<R> = { promise: fn(item), done: false };
    slot.promise.then((v) => {
      slot.done = true;
      slot.value = v;
    });
    queue.push(slot);
  };
  try {
    for (;;) {
      if (!ended && !pull && queue.length < window) {
        const p: Pending<IteratorResult<T>> = { promise: it.next(), done: false };
        p.promise.then(
          (v) => {
            p.done = true;
            p.value = v;
          },
          () => undefined,
        );
        pull = p;
      }
      const head = queue[0];
      if (head?.done) {
        queue.shift();
        yield head.value as R;
        continue;
      }
      if (pull?.done) {
        const r = pull.value!;
        pull = null;
        if (r.done) ended = true;
        else start(r.value);
        continue;
      }
      if (!head && !pull) return;
      // Wait for whichever comes first: the oldest result or the next input (a failing source throws here).
      await Promise.race([head?.promise, pull?.promise].filter((p) => p !== undefined));
    }
  } finally {
    if (!ended && !pull) await it.return?.();
  }
}
