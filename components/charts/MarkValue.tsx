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
}: {
  text: string;
  x: number;
  y: number;
  min: number;
  max: number;
}) {
  const half = (text.length * fontSize * charWidth) / 2;
  const centre = Math.min(Math.max(x, min + half), max - half);
  return (
    <text className="mark-value" aria-hidden="true" x={centre} y={y}>
      {text}
    </text>
  );
}
