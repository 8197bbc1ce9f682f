package org.parley.meetings;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Slides: a presenter uploads a PDF or an image; its pages are rendered to images for everyone. */
public interface DeckService {

    /**
     * Renders an upload into a deck and adds it to the meeting (nothing else in the room changes).
     *
     * @throws org.parley.error.ParleyException.Forbidden when the participant may not present
     * @throws org.parley.error.ParleyException.Limited when too large or not a PDF, PNG or JPEG
     * @throws org.parley.error.ParleyException.Invalid when it cannot be read (corrupt, encrypted, too many pages)
     */
    Deck upload(String meeting, String participant, String name, InputStream content);

    /** The image of a deck's page, when there is one. */
    Optional<Path> page(String deck, int page);
}
