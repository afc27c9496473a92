"""Load Assay's exports with their real consumers. Run by test_consumers.py in a separate
virtualenv (bench/consumers_setup.sh), from a folder outside the repository, because the
project's own `datasets` app would shadow Hugging Face's package inside it.

argv[1]: JSON {format: path}; prints JSON {check: result} on the last line.
"""

import json
import sys
import tempfile

paths = json.loads(sys.argv[1])
results = {}

import datasets  # noqa: E402  (Hugging Face's)

assert hasattr(datasets, "load_dataset"), datasets.__file__
for fmt, path in sorted(paths.items()):
    loaded = datasets.load_dataset("json", data_files=path, split="train")
    results[f"hf:{fmt}"] = {"rows": loaded.num_rows, "columns": sorted(loaded.column_names)}

from inspect_ai.dataset import json_dataset  # noqa: E402

samples = json_dataset(paths["inspect"])
results["inspect"] = {
    "samples": len(samples),
    "ids": [s.id for s in samples],
    "roles": sorted({m.role for s in samples for m in s.input}),
    "targets": sum(1 for s in samples if s.target),
    "metadata_keys": sorted(samples[0].metadata or {}),
}

try:
    import torch  # noqa: F401
    import trl
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast
    from trl.data_utils import is_conversational, maybe_apply_chat_template
except ImportError as exc:  # trl (or torch) did not install
    results["kto"] = {"skipped": f"trl not importable: {exc}"}
else:
    kto = datasets.load_dataset("json", data_files=paths["kto"], split="train")
    # A tiny word-level tokenizer and a random 1-layer GPT-2, built here: no hub download.
    words = {"[UNK]": 0, "[PAD]": 1, "[EOS]": 2, "[BOS]": 3}
    for row in kto:
        for message in row["prompt"] + row["completion"]:
            for word in (message["role"] + " " + message["content"]).split():
                words.setdefault(word, len(words))
    backend = Tokenizer(models.WordLevel(vocab=words, unk_token="[UNK]"))
    backend.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend,
        unk_token="[UNK]",
        pad_token="[PAD]",
        eos_token="[EOS]",
        bos_token="[BOS]",
    )
    tokenizer.chat_template = (
        "{% for m in messages %}{{ m['role'] }} {{ m['content'] }} [EOS] {% endfor %}"
        "{% if add_generation_prompt %}assistant {% endif %}"
    )
    first = kto[0]
    applied = maybe_apply_chat_template(first, tokenizer)
    gpt = GPT2Config(
        vocab_size=len(words),
        n_positions=512,
        n_embd=16,
        n_layer=1,
        n_head=2,
        bos_token_id=words["[BOS]"],
        eos_token_id=words["[EOS]"],
        pad_token_id=words["[PAD]"],
    )
    model = GPT2LMHeadModel(gpt)
    # The reference model too, or KTOTrainer would load one by name from the hub.
    reference = GPT2LMHeadModel(gpt)
    with tempfile.TemporaryDirectory() as out:
        config = trl.KTOConfig(
            output_dir=out,
            per_device_train_batch_size=2,
            max_steps=1,
            report_to=[],
            logging_steps=1,
            save_strategy="no",
            use_cpu=True,
            max_length=512,
        )
        trainer = trl.KTOTrainer(
            model=model,
            ref_model=reference,
            args=config,
            train_dataset=kto,
            processing_class=tokenizer,
        )
        prepared = trainer.train_dataset
        output = trainer.train()
    results["kto"] = {
        "trl": trl.__version__,
        "rows": kto.num_rows,
        "labels": sorted({bool(x) for x in kto["label"]}),
        "conversational": bool(is_conversational(first)),
        "templated": sorted(applied),
        "prepared_columns": sorted(prepared.column_names),
        "trained_steps": output.global_step,
    }

print(json.dumps(results, sort_keys=True))
