package dev.augenhoehe.decisions;

import dev.augenhoehe.accounts.SignedInUser;

/** Who made a change: a signed-in person, or the system on someone's behalf (an event, the demo). */
record Actor(Long userId, String name) {

    Actor {
        name = Clean.line(name, 200);
    }

    static Actor of(SignedInUser user) {
        return new Actor(user.userId(), user.name());
    }
}
