package dev.fridgechef.server;

import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.server.chat.PersonData;
import dev.fridgechef.server.plan.Plans;
import dev.fridgechef.server.plan.StoredPlan;
import dev.fridgechef.server.profile.ProfileView;
import dev.fridgechef.server.profile.Profiles;
import dev.fridgechef.server.profile.StoredProfile;
import dev.fridgechef.server.stock.Stock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The chat's view of the person, wired from the profile, stock and plan features (so the chat knows none of them). */
record ChatPersonData(Profiles profiles, Stock stock, Plans plans) implements PersonData {
    @Override
    public Facts of(UUID userId) {
        StoredProfile profile = profiles.get(userId); // read once: targets and today come from it
        LocalDate today = profiles.today(profile);
        Optional<List<StockEntry>> household = stock.entries(userId);
        return new Facts(profile.profile(), ProfileView.targetsOf(profile.profile(), profiles.currentYear()), household.orElse(List.of()),
                household.isPresent() ? plans.current(userId, today).map(StoredPlan::plan) : Optional.empty(), today);
    }
}
