// A chart as a standalone SVG file: the colours come from the theme's CSS while it is on screen, so they
// are written into each element before it leaves, and the file looks the same anywhere.

const PROPERTIES = [
	"fill",
	"fill-opacity",
	"stroke",
	"stroke-width",
	"stroke-opacity",
	"stroke-dasharray",
	"font-size",
	"font-family",
	"font-weight",
	"font-style",
	"opacity",
] as const;

const SVG_NS = "http://www.w3.org/2000/svg";
const XMLNS = "http://www.w3.org/2000/xmlns/";

export function standaloneSvg(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const view = svg.ownerDocument?.defaultView;
	const computed = view && typeof view.getComputedStyle === "function" ? view.getComputedStyle.bind(view) : null;

	if (computed) {
		const originals = [svg, ...Array.from(svg.querySelectorAll("*"))];
		const copies = [clone, ...Array.from(clone.querySelectorAll("*"))];
		const drop: Element[] = [];
		originals.forEach((original, i) => {
			const copy = copies[i];
			if (!copy) return;
			let style: CSSStyleDeclaration;
			try {
				style = computed(original);
			} catch {
				return;
			}
			// Inside <defs> nothing is rendered as itself, so nothing is hidden there either.
			if (style.display === "none" && !original.closest("defs")) {
				drop.push(copy);
				return;
			}
			const inline: string[] = [];
			for (const property of PROPERTIES) {
				const value = style.getPropertyValue(property);
				if (value && value !== "normal") inline.push(`${property}:${value}`);
			}
			if (inline.length) copy.setAttribute("style", inline.join(";"));
		});
		for (const node of drop) node.remove();
		const background = backgroundOf(svg, computed);
		if (background) {
			const rect = clone.ownerDocument.createElementNS(SVG_NS, "rect");
			rect.setAttribute("width", "100%");
			rect.setAttribute("height", "100%");
			rect.setAttribute("style", `fill:${background}`);
			clone.insertBefore(rect, clone.firstChild);
		}
	}

	// What only makes sense on screen: focus order and the link to the tooltip.
	for (const node of [clone, ...Array.from(clone.querySelectorAll("*"))]) {
		node.removeAttribute("tabindex");
		node.removeAttribute("aria-describedby");
	}
	// As namespace declarations, not plain attributes, so serializers do not write them twice.
	clone.setAttributeNS(XMLNS, "xmlns", SVG_NS);
	clone.setAttributeNS(XMLNS, "xmlns:xlink", "http://www.w3.org/1999/xlink");
	if (!clone.getAttribute("width") && svg.viewBox?.baseVal?.width) {
		clone.setAttribute("width", String(svg.viewBox.baseVal.width));
		clone.setAttribute("height", String(svg.viewBox.baseVal.height));
	}
	const text = new XMLSerializer().serializeToString(clone);
	return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/** The first non-transparent background behind the chart, so a dark theme's light text stays readable. */
function backgroundOf(svg: Element, computed: (e: Element) => CSSStyleDeclaration): string | null {
	for (let node: Element | null = svg; node; node = node.parentElement) {
		let value = "";
		try {
			value = computed(node).backgroundColor;
		} catch {
			return null;
		}
		if (value && value !== "transparent" && !/rgba\([^)]*,\s*0\)$/.test(value)) return value;
	}
	return null;
}
