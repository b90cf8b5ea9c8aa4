package coop.maillage.membership;

import coop.maillage.privacy.Privacy;
import coop.maillage.store.Stores;
import coop.maillage.web.RelationshipController;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/memberships}: the pole's members (sociétaires), their college and dates. */
@RestController
@RequestMapping("/api/memberships")
@Tag(
        name = "memberships",
        description = "The pole's members (sociétaires), their college and dates")
class MembershipController extends RelationshipController<Membership> {

    private static final MembershipMapping MAPPING = new MembershipMapping();

    MembershipController(Stores stores, Privacy privacy) {
        super(stores.relationships(MAPPING), MAPPING, privacy);
    }
}
