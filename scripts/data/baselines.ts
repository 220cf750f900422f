/** Published figures on the same test sets, as listed in ../shared/data/README.md §3 (sources there). */
export const TWEETEVAL_BASELINES = {
  offensive: { SVM: 0.523, FastText: 0.734, BiLSTM: 0.717, 'RoBERTa-base': 0.795, 'TimeLMs-2021': 0.822, 'TF-IDF LR floor': 0.734 },
  hate: { SVM: 0.367, FastText: 0.506, BiLSTM: 0.526, 'RoBERTa-base': 0.466, 'TimeLMs-2021': 0.551, 'TF-IDF LR floor': 0.426 },
  sentiment: { SVM: 0.629, FastText: 0.629, BiLSTM: 0.583, 'RoBERTa-base': 0.713, 'TimeLMs-2021': 0.737, 'TF-IDF LR floor': 0.628 },
} as const;

export const COMPLAINT_BASELINES = { 'Preoţiuc-Pietro et al. 2019 (classical)': 0.79, 'Jin & Aletras 2020 (transformer)': 0.87 };
export const HATECHECK_NL_BASELINES = { 'BERTje (DALC-2 offensive)': 0.614, 'always "hateful"': 0.6883, random: 0.5708 };
