"""What the parser reads out of the text: quantities, subjects, comparisons, tips."""
