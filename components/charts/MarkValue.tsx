// A digit is about 0.6 of the font size wide; enough to keep a value inside the plot.
const charWidth = 0.6;
const fontSize = 12;

/**
 * A mark's value written over it (its look is the `mark-value` class, to keep the page small), centred on it and kept inside [min, max], with a halo so grid lines do not cross
 * it. Hidden from assistive technology: the mark's accessible name already says the value.
 */
export function MarkValue({
  text,
  x,
  y,
  min,
  max,
  beside,
}: {
  text: string;
  x: number;
  y: number;
  min: number;
  max: number;
  /** Set beside the mark rather than over it, clear of [left, right] (its drawn extent), where labels sit above. */
  beside?: [number, number];
}) {
  const width = text.length * fontSize * charWidth;
  const half = width / 2;
  if (beside) {
    const [left, right] = beside;
    const after = right + 6 + width <= max;
    return (
      <text
        className="mark-value"
        aria-hidden="true"
        x={after ? right + 6 + half : Math.max(left - 6 - half, min + half)}
        y={y + 4}
      >
        {text}
      </text>
    );
  }
  const centre = Math.min(Math.max(x, min + half), max - half);
  return (
    <text className="mark-value" aria-hidden="true" x={centre} y={y}>
      {text}
    </text>
  );
}
