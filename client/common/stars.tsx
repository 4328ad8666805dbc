// Stars drawn as SVG (no font needed): a row filled up to `value`, which may be fractional (4.1).
const STAR_PATH = "M12 2.4l2.9 6.2 6.7.8-5 4.6 1.4 6.6L12 17.2l-6 3.4 1.4-6.6-5-4.6 6.7-.8z";

export function StarIcon() {
  return (
    <svg class="star" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={STAR_PATH} />
    </svg>
  );
}

/** Decorative: the number next to it carries the meaning for screen readers. */
export function Stars({ value, scale }: { value: number; scale: number }) {
  const icons = Array.from({ length: scale }, (_, index) => <StarIcon key={index} />);
  const filled = scale > 0 ? Math.max(0, Math.min(100, (value / scale) * 100)) : 0;
  return (
    <span class="stars" aria-hidden="true">
      <span class="stars-empty">{icons}</span>
      <span class="stars-filled" style={{ width: `${filled}%` }}>
        {icons}
      </span>
    </span>
  );
}
