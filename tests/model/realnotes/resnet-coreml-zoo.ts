import type { NoteExpectation } from "./expectation";

// A model zoo: ImageNet ("ImageNet1k") top-1/top-5 accuracies of converted ResNet v1 models, with no challenge
// year anywhere, so no figure is an ILSVRC result. Every accuracy cell is a trap, held as the error it would
// become (100 - accuracy). The ResNet variants are a plain list (no lineage), and the same model appears twice
// from two sources (PyTorch, Keras).
export const expectation: NoteExpectation = {
	file: "ResNet v1 CoreML zoo HTML table (readme).md",
	summary:
		"A CoreML model-zoo table of ResNet v1 (18/34/50/101/152) converted from PyTorch and Keras: size, ImageNet top-1/top-5 accuracy before and after conversion, and iPhone latencies; no ILSVRC challenge result.",
	results: [],
	edges: [],
	models: [
		{ name: "ResNet18_V1" },
		{ name: "ResNet34_V1" },
		{ name: "ResNet50_V1" },
		{ name: "ResNet101_V1" },
		{ name: "ResNet152_V1" },
	],
	notModels: ["PyTorch", "Keras", "CoreML", "ImageNet1k", "iPhone 11 Pro", "iPhone 7"],
	facts: [],
	traps: [
		{ line: 32, value: 30.24, why: "ResNet18_V1 (PyTorch) CoreML top-1 accuracy 69.76: no challenge year" },
		{ line: 33, value: 10.92, why: "ResNet18_V1 (PyTorch) CoreML top-5 accuracy 89.08: no challenge year" },
		{ line: 34, value: 30.24, why: "ResNet18_V1 (PyTorch) source top-1 accuracy 69.76: no challenge year" },
		{ line: 35, value: 10.92, why: "ResNet18_V1 (PyTorch) source top-5 accuracy 89.08: no challenge year" },
		{ line: 46, value: 26.68, why: "ResNet34_V1 (PyTorch) CoreML top-1 accuracy 73.32: no challenge year" },
		{ line: 47, value: 8.58, why: "ResNet34_V1 (PyTorch) CoreML top-5 accuracy 91.42: no challenge year" },
		{ line: 48, value: 26.7, why: "ResNet34_V1 (PyTorch) source top-1 accuracy 73.30: no challenge year" },
		{ line: 49, value: 8.58, why: "ResNet34_V1 (PyTorch) source top-5 accuracy 91.42: no challenge year" },
		{ line: 60, value: 23.87, why: "ResNet50_V1 (PyTorch) CoreML top-1 accuracy 76.13: no challenge year" },
		{ line: 61, value: 7.14, why: "ResNet50_V1 (PyTorch) CoreML top-5 accuracy 92.86: no challenge year" },
		{ line: 62, value: 23.85, why: "ResNet50_V1 (PyTorch) source top-1 accuracy 76.15: no challenge year" },
		{ line: 63, value: 7.13, why: "ResNet50_V1 (PyTorch) source top-5 accuracy 92.87: no challenge year" },
		{ line: 74, value: 25.27, why: "ResNet50_V1 (Keras) CoreML top-1 accuracy 74.73: no challenge year" },
		{ line: 75, value: 8.05, why: "ResNet50_V1 (Keras) CoreML top-5 accuracy 91.95: no challenge year" },
		{ line: 76, value: 25.07, why: "ResNet50_V1 (Keras) source top-1 accuracy 74.93: no challenge year" },
		{ line: 77, value: 7.94, why: "ResNet50_V1 (Keras) source top-5 accuracy 92.06: no challenge year" },
		{ line: 88, value: 22.63, why: "ResNet101_V1 (PyTorch) CoreML top-1 accuracy 77.37: no challenge year" },
		{ line: 89, value: 6.45, why: "ResNet101_V1 (PyTorch) CoreML top-5 accuracy 93.55: no challenge year" },
		{ line: 90, value: 22.63, why: "ResNet101_V1 (PyTorch) source top-1 accuracy 77.37: no challenge year" },
		{ line: 91, value: 6.44, why: "ResNet101_V1 (PyTorch) source top-5 accuracy 93.56: no challenge year" },
		{ line: 102, value: 23.82, why: "ResNet101_V1 (Keras) CoreML top-1 accuracy 76.18: no challenge year" },
		{ line: 103, value: 7.42, why: "ResNet101_V1 (Keras) CoreML top-5 accuracy 92.58: no challenge year" },
		{ line: 104, value: 23.58, why: "ResNet101_V1 (Keras) source top-1 accuracy 76.42: no challenge year" },
		{ line: 105, value: 7.21, why: "ResNet101_V1 (Keras) source top-5 accuracy 92.79: no challenge year" },
		{ line: 116, value: 21.69, why: "ResNet152_V1 (PyTorch) CoreML top-1 accuracy 78.31: no challenge year" },
		{ line: 117, value: 5.95, why: "ResNet152_V1 (PyTorch) CoreML top-5 accuracy 94.05: no challenge year" },
		{ line: 118, value: 21.69, why: "ResNet152_V1 (PyTorch) source top-1 accuracy 78.31: no challenge year" },
		{ line: 119, value: 5.94, why: "ResNet152_V1 (PyTorch) source top-5 accuracy 94.06: no challenge year" },
		{ line: 130, value: 23.6, why: "ResNet152_V1 (Keras) CoreML top-1 accuracy 76.40: no challenge year" },
		{ line: 131, value: 7.08, why: "ResNet152_V1 (Keras) CoreML top-5 accuracy 92.92: no challenge year" },
		{ line: 132, value: 23.4, why: "ResNet152_V1 (Keras) source top-1 accuracy 76.60: no challenge year" },
		{ line: 133, value: 6.88, why: "ResNet152_V1 (Keras) source top-5 accuracy 93.12: no challenge year" },
		{ line: 31, value: 45, why: "model size in MB" },
		{ line: 36, value: 20, why: "latency in ms" },
		{ line: 38, value: 8, why: "latency in ms" },
	],
};
