// The one function of svg-to-pdfkit (no types published) that the PDF writer uses.
declare module 'svg-to-pdfkit' {
	/** Draws SVG markup into the document at (x, y), scaled to the viewport `width` × `height`. */
	export default function SVGtoPDF(
		doc: PDFKit.PDFDocument,
		svg: string,
		x: number,
		y: number,
		options?: {
			width?: number;
			height?: number;
			/** Units are points, not CSS pixels (3/4 of a point). */
			assumePt?: boolean;
			preserveAspectRatio?: string;
			warningCallback?: (warning: string) => void;
		}
	): void;
}
