package coop.maillage.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every sample of a run, from every thread. */
final class Recorder {

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    void add(Sample sample) {
        samples.add(sample);
    }

    List<Sample> all() {
        return new ArrayList<>(samples);
    }
}
