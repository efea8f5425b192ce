"""The review inbox: candidate facts written for people to review (`files.write_inbox`), with
suggested metric, id and label (`suggest`), and `files.accept`, which moves reviewed candidates
into the fact store."""
