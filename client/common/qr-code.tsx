// A QR code rendered locally as SVG (no third-party service ever sees the join link).
import { useMemo } from "preact/hooks";
import { encode } from "uqr";

/** Dark modules as one SVG path: each horizontal run of dark modules one rectangle. */
function modulesPath(data: boolean[][]): string {
  let path = "";
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`;
    }
  });
  return path;
}

export function QrCode({ text, label, class: className }: { text: string; label: string; class?: string }) {
  const { size, path } = useMemo(() => {
    // Level M survives a bit of glare or a crease; the quiet zone is part of the drawing.
    const qr = encode(text, { ecc: "M", border: 2 });
    return { size: qr.size, path: modulesPath(qr.data) };
  }, [text]);
  return (
    <svg
      class={className ?? "qr"}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
