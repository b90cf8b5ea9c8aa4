// Drawing the map: one appearance (colours, sizes, highlights) shared by the SVG renderer, the
// canvas renderer used for large networks, and the exported SVG file.
import { d3 } from "./d3.js";

const LINK_COLOUR = "#8d99a6";
const BRIDGE_COLOUR = "#b3001b";
const NODE_OUTLINE = "#ffffff";
const HIGHLIGHT_OUTLINE = "#111111";
const DIMMED = 0.2;

/** The key of an undirected link, whatever the order of its ends. */
export function linkKey(a, b) {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function endId(end) {
  return typeof end === "object" ? end.id : end;
}

/**
 * The appearance of nodes and links for a style: `colour(n)`, `radius(n)`, the bridge keys and
 * articulation ids, whether each is shown, and the focused node with its neighbours.
 */
export function appearance(style) {
  const focus = style.focus;
  const near = (id) => !focus || id === focus || style.neighbours.has(id);
  const isBridge = (l) => style.showBridges && style.bridges.has(linkKey(endId(l.source),
    endId(l.target)));
  return {
    fill: style.colour,
    radius: style.radius,
    stroke: (n) => {
      if (n.id === focus) {
        return [HIGHLIGHT_OUTLINE, 3];
      }
      if (style.showArticulation && style.articulation.has(n.id)) {
        return [HIGHLIGHT_OUTLINE, 2.5];
      }
      return [NODE_OUTLINE, 1];
    },
    opacity: (n) => (near(n.id) ? 1 : DIMMED),
    linkColour: (l) => (isBridge(l) ? BRIDGE_COLOUR : LINK_COLOUR),
    linkWidth: (l) => (isBridge(l) ? 3 : Math.min(4, 0.6 + Math.log2(l.weight || 1))),
    linkOpacity: (l) => {
      if (focus && endId(l.source) !== focus && endId(l.target) !== focus) {
        return DIMMED / 2;
      }
      return isBridge(l) ? 1 : 0.6;
    },
    label: (n) => (n.id === focus ? n.attributes.name ?? n.id : null),
  };
}

/** Joins nodes and links to the SVG layer and applies the appearance. */
export function joinSvg(layer, nodes, links, look) {
  layer
    .select(".map-links")
    .selectAll("line")
    .data(links, (l) => linkKey(endId(l.source), endId(l.target)))
    .join("line")
    .attr("stroke", look.linkColour)
    .attr("stroke-width", look.linkWidth)
    .attr("stroke-opacity", look.linkOpacity);
  layer
    .select(".map-nodes")
    .selectAll("circle")
    .data(nodes, (n) => n.id)
    .join("circle")
    .attr("class", "map-node")
    .attr("data-id", (n) => n.id)
    .attr("r", look.radius)
    .attr("fill", look.fill)
    .attr("stroke", (n) => look.stroke(n)[0])
    .attr("stroke-width", (n) => look.stroke(n)[1])
    .attr("opacity", look.opacity);
  layer
    .select(".map-labels")
    .selectAll("text")
    .data(nodes.filter((n) => look.label(n)), (n) => n.id)
    .join("text")
    .attr("class", "map-label")
    .text(look.label);
}

/** Moves the SVG elements to the simulation's positions. */
export function positionSvg(layer) {
  layer
    .select(".map-links")
    .selectAll("line")
    .attr("x1", (l) => l.source.x)
    .attr("y1", (l) => l.source.y)
    .attr("x2", (l) => l.target.x)
    .attr("y2", (l) => l.target.y);
  layer
    .select(".map-nodes")
    .selectAll("circle")
    .attr("cx", (n) => n.x)
    .attr("cy", (n) => n.y);
  layer
    .select(".map-labels")
    .selectAll("text")
    .attr("x", (n) => n.x + 10)
    .attr("y", (n) => n.y - 10);
}

/** Groups items by a style key, so that each style is drawn as one path. */
function byStyle(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) {
      groups.set(k, []);
    }
    groups.get(k).push(item);
  }
  return groups;
}

/**
 * The drawing plan of one look over one network: items that look alike grouped, each node's
 * radius computed once. A look does not change while the layout moves the nodes, so the plan is
 * made once per look rather than once per frame.
 */
const plans = new WeakMap();

function plan(nodes, links, look) {
  const known = plans.get(look);
  if (known && known.nodes === nodes && known.links === links) {
    return known;
  }
  const linkStyle = (l) => `${look.linkColour(l)}|${look.linkWidth(l)}|${look.linkOpacity(l)}`;
  const nodeStyle = (n) => [look.fill(n), ...look.stroke(n), look.opacity(n)].join("|");
  const made = {
    nodes,
    links,
    linkGroups: [...byStyle(links, linkStyle)],
    nodeGroups: [...byStyle(nodes, nodeStyle)].map(([key, group]) => [key, group,
      group.map((n) => look.radius(n))]),
    labelled: nodes.filter((n) => look.label(n)).map((n) => [n, look.label(n)]),
    sprites: new Map(),
  };
  plans.set(look, made);
  return made;
}

/** Screen radii are rounded to a quarter pixel, so that a few dozen images serve every node. */
const SPRITE_STEP = 4;

/**
 * A node drawn once on a small canvas at its size on screen: copying it is much cheaper than
 * filling and stroking an antialiased circle, which keeps the layout fluid on large maps.
 */
function sprite(sprites, key, screenRadius, ratio) {
  const r = Math.max(1, Math.round(screenRadius * SPRITE_STEP) / SPRITE_STEP);
  const id = `${key}|${r}|${ratio}`;
  let image = sprites.get(id);
  if (!image) {
    const [fill, stroke, width, opacity] = key.split("|");
    const line = Number(width);
    const half = r + line;
    image = document.createElement("canvas");
    image.width = image.height = Math.ceil(2 * half * ratio) + 2;
    const context = image.getContext("2d");
    context.scale(ratio, ratio);
    context.globalAlpha = Number(opacity);
    context.beginPath();
    context.arc(half + 1 / ratio, half + 1 / ratio, r, 0, 2 * Math.PI);
    context.fillStyle = fill;
    context.fill();
    context.strokeStyle = stroke;
    context.lineWidth = line;
    context.stroke();
    image.offset = half + 1 / ratio;
    sprites.set(id, image);
  }
  return image;
}

/**
 * Draws everything on a canvas whose centre is the origin of the map, under a zoom. Ties that
 * look alike are drawn as one path and nodes are copied from images made once per look and
 * size: a few thousand strokes per frame would not keep 30 fps.
 */
export function drawCanvas(canvas, size, transform, nodes, links, look) {
  const context = canvas.getContext("2d");
  const ratio = size.ratio;
  const drawing = plan(nodes, links, look);
  const k = transform.k;
  if (drawing.spriteScale !== k) {
    // the images are made at one zoom: another zoom needs others
    drawing.sprites.clear();
    drawing.spriteScale = k;
  }
  const cx = size.width / 2 + transform.x;
  const cy = size.height / 2 + transform.y;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  context.translate(cx, cy);
  context.scale(k, k);
  for (const [key, group] of drawing.linkGroups) {
    const [colour, width, opacity] = key.split("|");
    context.globalAlpha = Number(opacity);
    context.strokeStyle = colour;
    context.lineWidth = Number(width);
    context.beginPath();
    for (const l of group) {
      context.moveTo(l.source.x, l.source.y);
      context.lineTo(l.target.x, l.target.y);
    }
    context.stroke();
  }
  // nodes in screen pixels, each a copy of its sprite (the stroke width scales with the zoom)
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 1;
  for (const [key, group, radii] of drawing.nodeGroups) {
    const [fill, stroke, width, opacity] = key.split("|");
    const screenKey = [fill, stroke, Number(width) * k, opacity].join("|");
    for (let i = 0; i < group.length; i += 1) {
      const n = group[i];
      const image = sprite(drawing.sprites, screenKey, radii[i] * k, ratio);
      const offset = image.offset * ratio;
      context.drawImage(image, Math.round((cx + n.x * k) * ratio - offset),
        Math.round((cy + n.y * k) * ratio - offset));
    }
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.translate(cx, cy);
  context.scale(k, k);
  context.fillStyle = "#111111";
  context.font = "13px system-ui, sans-serif";
  for (const [n, label] of drawing.labelled) {
    context.fillText(label, n.x + 10, n.y - 10);
  }
}

/** The bounding box of the nodes, padded, as [x, y, width, height]. */
export function bounds(nodes, look, padding = 20) {
  if (!nodes.length) {
    return [-100, -100, 200, 200];
  }
  const x0 = d3.min(nodes, (n) => n.x - look.radius(n)) - padding;
  const x1 = d3.max(nodes, (n) => n.x + look.radius(n)) + padding;
  const y0 = d3.min(nodes, (n) => n.y - look.radius(n)) - padding;
  const y1 = d3.max(nodes, (n) => n.y + look.radius(n)) + padding;
  return [x0, y0, x1 - x0, y1 - y0];
}
