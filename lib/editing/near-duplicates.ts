export interface PickerOption {
  slug: string;
  name: string;
}

/** Letters and digits only, lower case, without accents: "Kiel-Institut " and "kiel institut" compare equal. */
function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Edit distance (insertions, deletions, substitutions), stopping early once it passes `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Close enough to be the same entry typed differently: a few edits apart, or one name inside the other. */
function isNear(typed: string, candidate: string): boolean {
  if (typed.length < 3 || candidate.length < 3) return false;
  const allowed = Math.max(1, Math.floor(Math.min(typed.length, candidate.length) / 5));
  if (editDistance(typed, candidate, allowed) <= allowed) return true;
  const [shorter, longer] = typed.length <= candidate.length ? [typed, candidate] : [candidate, typed];
  return shorter.length >= 5 && longer.includes(shorter);
}

/**
 * The existing entries a typed slug or name may duplicate: none when it is an existing slug, else every option whose
 * slug or name is near it ("kiel-institut" or "Kiel Institute" beside kiel-institute), closest first.
 */
export function findNearDuplicates(typed: string, options: readonly PickerOption[]): PickerOption[] {
  const wanted = typed.trim();
  if (wanted === '' || options.some((option) => option.slug === wanted)) return [];
  const forms = [squash(wanted)];
  const scored = options.flatMap((option) => {
    const candidates = [squash(option.slug), squash(option.name)];
    const near = forms.some((form) => candidates.some((candidate) => isNear(form, candidate)));
    if (!near) return [];
    const distance = Math.min(
      ...forms.flatMap((form) => candidates.map((candidate) => editDistance(form, candidate))),
    );
    return [{ option, distance }];
  });
  return scored.sort((a, b) => a.distance - b.distance).map((entry) => entry.option);
}
