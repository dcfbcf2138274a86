/**
 * mulberry32: a small, well-known seeded generator. The split must give the
 * same records to train and holdout on every run and every machine.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A stratified split: within each class (0 and 1) the records are shuffled
 * (Fisher–Yates, seeded) and the first round(share × n) go to train, so both
 * parts keep the bad rate of the whole. Returns, per record, whether it trains.
 */
export function stratifiedSplit(targets: readonly (0 | 1)[], seed: number, trainShare = 0.7): boolean[] {
  const random = seededRandom(seed);
  const inTrain = new Array<boolean>(targets.length).fill(false);
  for (const cls of [0, 1] as const) {
    const members: number[] = [];
    targets.forEach((t, i) => t === cls && members.push(i));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j] as number, members[i] as number];
    }
    const take = Math.round(trainShare * members.length);
    for (let k = 0; k < take; k++) inTrain[members[k] as number] = true;
  }
  return inTrain;
}
