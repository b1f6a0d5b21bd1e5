/*!
The status of the posts of heads of state, government, party and
parliament, from their years in office (`data/leaders.tsv`): a post the
text calls held (`Tổng thống Obama`) is a past one when the article calls
held the same office of someone who took it after its holder's last term
(`Tổng thống Trump`). (Not from the latest year an article writes: news
without a date line writes years of plans and targets, and the year of
a sitting leader's news is not told reliably enough.) Part of
[`FactBuilder`].
*/

use super::*;

impl FactBuilder<'_> {
    /// Marks former the held posts of leaders whose terms had ended by the
    /// start of another holder's term of the same office the article also
    /// calls held.
    pub(super) fn settle_leaders(&self, posts: &mut [Post]) {
        // The terms of each held post's holder in that office.
        let terms: Vec<Vec<&LeaderTerm>> = posts
            .iter()
            .map(|p| {
                if p.status != Status::Held {
                    return Vec::new();
                }
                (self.g.leaders.get(&person_key(&p.person)).into_iter())
                    .flatten()
                    .filter(|t| t.role == p.role && t.body == p.org.name)
                    .collect()
            })
            .collect();
        if terms.iter().all(Vec::is_empty) {
            return;
        }
        // The year each holder's last term in the office ended, if it has,
        // and the year their latest term began.
        let ended: Vec<Option<i32>> = (terms.iter())
            .map(|ts| {
                (ts.iter().map(|t| t.to))
                    .try_fold(None, |m: Option<i32>, to| to.map(|y| m.max(Some(y))))
                    .flatten()
            })
            .collect();
        let began: Vec<Option<i32>> = (terms.iter())
            .map(|ts| ts.iter().map(|t| t.from).max())
            .collect();
        let past: Vec<bool> = (0..posts.len())
            .map(|i| {
                ended[i].is_some_and(|end| {
                    (0..posts.len()).any(|j| {
                        posts[j].role == posts[i].role
                            && posts[j].org.name == posts[i].org.name
                            && began[j].is_some_and(|from| from >= end)
                    })
                })
            })
            .collect();
        for (p, past) in posts.iter_mut().zip(past) {
            if past {
                p.status = Status::Former;
            }
        }
    }
}
