import type { NoteExpectation } from "./expectation";

// The note states ILSVRC placings (VGG19 2nd in 2014 classification, ResNet 1st in 2015, SENet 1st in 2017)
// but never an ILSVRC error figure, so it has no result: a placing without a figure is not a result. The
// "x% better than 2nd" margins are relative, and every accuracy table is CIFAR-10.
export const expectation: NoteExpectation = {
	file: "CIFAR-10 CNN zoo with ILSVRC placings (readme).md",
	summary:
		"A Keras/TensorFlow repository of CNNs trained on CIFAR-10 (LeNet to SENet) with their CIFAR-10 accuracies; its architecture list adds ILSVRC placings without figures: VGG19 2nd in 2014 classification (1st in localization), ResNet 1st in ILSVRC 2015 classification, SENet 1st in ILSVRC 2017 classification.",
	results: [],
	// No lineage statement: the architecture list is a plain list; "Used in [Mask-RCNN]" (line 42) says a
	// detector uses ResNeXt as a part, and "SENet(ResNeXt-4x64d)" is a table row name, neither is "builds on".
	edges: [],
	// Years are the ILSVRC years the note ties each model to (its placing); the CVPR award years (2016, 2017)
	// are paper awards, not the models' years, so DenseNet gets none.
	models: [
		{ name: "LeNet" },
		{ name: "Network in Network" },
		{ name: "Vgg19 Network", year: 2014 },
		{ name: "Residual Network", year: 2015 },
		{ name: "Wide Residual Network" },
		{ name: "ResNeXt" },
		{ name: "DenseNet" },
		{ name: "SENet", year: 2017 },
		{ name: "Mask-RCNN" },
	],
	notModels: ["Yann LeCun", "Keras", "Tensorflow", "cifar10", "COCO", "Xiu-Shen Wei", "Wei Li", "CIFAR-ZOO", "GTX1080TI"],
	facts: [],
	traps: [
		{ line: 26, value: 1, why: "a localization placing (1st), no figure" },
		{ line: 27, value: 2, why: "a classification placing (2nd), no figure" },
		{ line: 33, value: 152, why: "layer count ('152-layer nets')" },
		{ line: 34, value: 16, why: "'16% better than 2nd' in detection, relative" },
		{ line: 35, value: 27, why: "'27% better than 2nd' in localization, relative" },
		{ line: 36, value: 11, why: "COCO detection margin, relative" },
		{ line: 37, value: 12, why: "COCO segmentation margin, relative" },
		{ line: 48, value: 1, why: "a placing (1st), no figure" },
		{ line: 66, value: 23.77, why: "CIFAR-10 accuracy 76.23 of Lecun-Network, not ImageNet" },
		{ line: 67, value: 8.37, why: "CIFAR-10 accuracy 91.63 of Network-in-Network, not ImageNet" },
		{ line: 68, value: 6.47, why: "CIFAR-10 accuracy 93.53 of Vgg19-Network, not ImageNet" },
		{ line: 69, value: 8.18, why: "CIFAR-10 accuracy 91.82 of Residual-Network20, not ImageNet" },
		{ line: 70, value: 7.32, why: "CIFAR-10 accuracy 92.68 of Residual-Network32, not ImageNet" },
		{ line: 71, value: 6.07, why: "CIFAR-10 accuracy 93.93 of Residual-Network110, not ImageNet" },
		{ line: 72, value: 4.87, why: "CIFAR-10 accuracy 95.13 of Wide-resnet 16x8, not ImageNet" },
		{ line: 73, value: 4.22, why: "CIFAR-10 accuracy 95.78 of Wide-resnet 28x10, not ImageNet" },
		{ line: 74, value: 5.09, why: "CIFAR-10 accuracy 94.91 of DenseNet-100x12, not ImageNet" },
		{ line: 75, value: 4.7, why: "CIFAR-10 accuracy 95.30 of DenseNet-100x24, not ImageNet" },
		{ line: 76, value: 4.1, why: "CIFAR-10 accuracy 95.90 of DenseNet-160x24, not ImageNet" },
		{ line: 77, value: 4.81, why: "CIFAR-10 accuracy 95.19 of ResNeXt-4x64d, not ImageNet" },
		{ line: 78, value: 4.4, why: "CIFAR-10 accuracy 95.60 of SENet(ResNeXt-4x64d), not ImageNet" },
		{ line: 93, value: 41.52, why: "CIFAR-10 accuracy 58.48 of LeNet_keras, not ImageNet" },
		{ line: 94, value: 39.59, why: "CIFAR-10 accuracy 60.41 of LeNet_dp_keras, not ImageNet" },
		{ line: 95, value: 24.94, why: "CIFAR-10 accuracy 75.06 of LeNet_dp_da_keras, not ImageNet" },
		{ line: 96, value: 23.77, why: "CIFAR-10 accuracy 76.23 of LeNet_dp_da_wd_keras, not ImageNet" },
	],
};
