// Export of the map as a self-contained SVG file (every colour and size as an attribute, so it
// opens the same anywhere) and as a PNG drawn from that SVG.
import { d3 } from "./d3.js";
import { download } from "./dom.js";
import { bounds } from "./map-draw.js";

const LEGEND_WIDTH = 260;
const LINE = 18;
const PNG_SCALE = 2;

function legendGroup(svg, x, y, legend) {
  const group = svg.append("g").attr("transform", `translate(${x},${y})`)
    .attr("font-family", "system-ui, sans-serif").attr("font-size", 13).attr("fill", "#1b1f24");
  group.append("text").attr("font-weight", 600).text(legend.title);
  legend.entries.forEach((entry, i) => {
    const row = group.append("g").attr("transform", `translate(0,${(i + 1) * LINE})`);
    row.append("circle").attr("cx", 6).attr("cy", -4).attr("r", 6).attr("fill", entry.colour);
    row.append("text").attr("x", 18).text(entry.label);
  });
  legend.notes.forEach((note, i) => {
    group.append("text").attr("y", (legend.entries.length + i + 2) * LINE).text(note);
  });
}

/** The map as an SVG document: the whole network fitted, a title and the legend. */
export function mapSvg(renderer, title, legend) {
  const look = renderer.look;
  const [x, y, width, height] = bounds(renderer.nodes, look);
  const legendHeight = (legend.entries.length + legend.notes.length + 3) * LINE;
  const totalHeight = Math.max(height, legendHeight) + 40;
  const svg = d3.create("svg")
    .attr("viewBox", [x, y - 40, width + LEGEND_WIDTH, totalHeight])
    .attr("width", Math.round(width + LEGEND_WIDTH))
    .attr("height", Math.round(totalHeight));
  svg.append("rect").attr("x", x).attr("y", y - 40).attr("width", width + LEGEND_WIDTH)
    .attr("height", totalHeight).attr("fill", "#ffffff");
  svg.append("text").attr("x", x + 10).attr("y", y - 14).attr("font-size", 18)
    .attr("font-family", "system-ui, sans-serif").attr("fill", "#1b1f24").text(title);
  const links = svg.append("g");
  for (const l of renderer.links) {
    links.append("line").attr("x1", l.source.x).attr("y1", l.source.y)
      .attr("x2", l.target.x).attr("y2", l.target.y)
      .attr("stroke", look.linkColour(l)).attr("stroke-width", look.linkWidth(l))
      .attr("stroke-opacity", look.linkOpacity(l));
  }
  const nodes = svg.append("g");
  for (const n of renderer.nodes) {
    const [stroke, strokeWidth] = look.stroke(n);
    nodes.append("circle").attr("cx", n.x).attr("cy", n.y).attr("r", look.radius(n))
      .attr("fill", look.fill(n)).attr("stroke", stroke).attr("stroke-width", strokeWidth)
      .attr("opacity", look.opacity(n))
      .append("title").text(n.attributes.name ?? n.id);
  }
  legendGroup(svg, x + width + 10, y + 10, legend);
  return new XMLSerializer().serializeToString(svg.node());
}

export function exportSvg(renderer, title, legend, filename) {
  const text = mapSvg(renderer, title, legend);
  download(new Blob([text], { type: "image/svg+xml" }), `${filename}.svg`);
}

/** Draws the SVG export on a canvas (twice the size, for projectors) and saves it as PNG. */
export function exportPng(renderer, title, legend, filename) {
  const text = mapSvg(renderer, title, legend);
  // A data URL, not a blob: the Content Security Policy allows images from 'self' and data:.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = image.width * PNG_SCALE;
      canvas.height = image.height * PNG_SCALE;
      const context = canvas.getContext("2d");
      context.scale(PNG_SCALE, PNG_SCALE);
      context.drawImage(image, 0, 0);
      canvas.toBlob((blob) => {
        download(blob, `${filename}.png`);
        resolve();
      }, "image/png");
    };
    image.onerror = () => {
      reject(new Error("PNG"));
    };
    image.src = url;
  });
}
