// Every expectation, one per note of ../shared/realnotes.
import type { NoteExpectation } from "./expectation";
import { expectation as alexnetKleinster2 } from "./alexnet-kleinster2";
import { expectation as alexnetPaperNoteZh } from "./alexnet-paper-note-zh";
import { expectation as backboneMaodong2056 } from "./backbone-maodong2056";
import { expectation as cifar10CnnZoo } from "./cifar10-cnn-zoo";
import { expectation as cnnArchitecturesFr } from "./cnn-architectures-fr";
import { expectation as cs231nL6ZhTw } from "./cs231n-l6-zh-tw";
import { expectation as cvSurveyJa } from "./cv-survey-ja";
import { expectation as googlenetPlacingsZh } from "./googlenet-placings-zh";
import { expectation as ilsvrcAchievementsJekyll } from "./ilsvrc-achievements-jekyll";
import { expectation as ilsvrcPaperSummary } from "./ilsvrc-paper-summary";
import { expectation as kerasModelZoo } from "./keras-model-zoo";
import { expectation as mashhurArxitekturalarUz } from "./mashhur-arxitekturalar-uz";
import { expectation as mlSotaLists } from "./ml-sota-lists";
import { expectation as resnetCoremlZoo } from "./resnet-coreml-zoo";
import { expectation as vggRunnerUpRu } from "./vgg-runner-up-ru";
import { expectation as vggnetKoStudy } from "./vggnet-ko-study";
import { expectation as xceptionTr } from "./xception-tr";

export const EXPECTATIONS: NoteExpectation[] = [alexnetKleinster2, alexnetPaperNoteZh, backboneMaodong2056, cifar10CnnZoo, cnnArchitecturesFr, cs231nL6ZhTw, cvSurveyJa, googlenetPlacingsZh, ilsvrcAchievementsJekyll, ilsvrcPaperSummary, kerasModelZoo, mashhurArxitekturalarUz, mlSotaLists, resnetCoremlZoo, vggRunnerUpRu, vggnetKoStudy, xceptionTr];
